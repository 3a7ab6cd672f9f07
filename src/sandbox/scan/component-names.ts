/**
 * An instance's component name ("Set/Variant" for variants). Main components are looked
 * up asynchronously (dynamic-page) and may be missing: a broken link gives no name, never an error.
 */
export class ComponentNames {
  private readonly byComponentId = new Map<string, string>();

  async of(instance: InstanceNode): Promise<string | undefined> {
    let main: ComponentNode | null;
    try {
      main = await instance.getMainComponentAsync();
    } catch {
      return undefined;
    }
    if (!main) return undefined;
    try {
      const id = main.id;
      const cached = this.byComponentId.get(id);
      if (cached !== undefined) return cached;
      const parent = main.parent;
      const name = parent && parent.type === 'COMPONENT_SET' ? `${parent.name}/${main.name}` : main.name;
      this.byComponentId.set(id, name);
      return name;
    } catch {
      return undefined;
    }
  }
}
