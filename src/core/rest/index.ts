export { snapshotFromRest, type RestOptions } from './snapshot-from-rest';
export { storedDataFromRest } from './stored-data-from-rest';
export { RestInputError } from './errors';
