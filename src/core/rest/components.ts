import { isObject, stringField, type JsonObject } from './read-node';

/**
 * Component names for instances: `components[id].name`, with a variant's set name first
 * ("Checkbox/State=Checked"), so detectors see what the instance is.
 */
export function componentNamer(file: JsonObject): (componentId: string) => string | undefined {
  const components = isObject(file.components) ? file.components : {};
  const sets = isObject(file.componentSets) ? file.componentSets : {};
  const cache = new Map<string, string | undefined>();
  return (componentId) => {
    if (cache.has(componentId)) return cache.get(componentId);
    const component = components[componentId];
    let name: string | undefined;
    if (isObject(component)) {
      const own = stringField(component, 'name');
      const setId = stringField(component, 'componentSetId');
      const set = setId === undefined ? undefined : sets[setId];
      const setName = isObject(set) ? stringField(set, 'name') : undefined;
      name = setName !== undefined && own !== undefined ? `${setName}/${own}` : own ?? setName;
    }
    cache.set(componentId, name);
    return name;
  };
}
