export { snapshotFromRest, type RestOptions } from './snapshot-from-rest';
export { storedDataFromRest } from './stored-data-from-rest';
export { topLevelNames } from './top-level-names';
export { RestInputError } from './errors';
