/** figma.annotations: the file's annotation categories (presets plus ones plugins add). */

export interface StoredCategory {
  id: string;
  label: string;
  color: AnnotationCategoryColor;
  isPreset: boolean;
}

const COLORS: ReadonlySet<string> = new Set(['yellow', 'orange', 'red', 'pink', 'violet', 'blue', 'teal', 'green']);

export class FakeCategories {
  categories: StoredCategory[] = [
    { id: 'preset:development', label: 'Development', color: 'blue', isPreset: true },
    { id: 'preset:interaction', label: 'Interaction', color: 'violet', isPreset: true },
  ];
  private next = 1;

  exists(id: string): boolean {
    return this.categories.some((c) => c.id === id);
  }

  private view(stored: StoredCategory): AnnotationCategory {
    return categoryView(this, stored);
  }

  api(): AnnotationsAPI {
    return {
      getAnnotationCategoriesAsync: () => Promise.resolve(this.categories.map((c) => this.view(c))),
      getAnnotationCategoryByIdAsync: (id: string) => {
        const found = this.categories.find((c) => c.id === id);
        return Promise.resolve(found ? this.view(found) : null);
      },
      addAnnotationCategoryAsync: (input: { label: string; color: AnnotationCategoryColor }) => {
        if (!COLORS.has(input.color)) return Promise.reject(new Error(`Invalid annotation category color ${String(input.color)}`));
        if (!input.label.trim()) return Promise.reject(new Error('Annotation category label cannot be empty'));
        const stored: StoredCategory = { id: `VariableID:cat/${this.next++}`, label: input.label, color: input.color, isPreset: false };
        this.categories.push(stored);
        return Promise.resolve(this.view(stored));
      },
    };
  }
}

function categoryView(self: FakeCategories, stored: StoredCategory): AnnotationCategory {
  return {
    get id() {
      return stored.id;
    },
    get label() {
      return stored.label;
    },
    get color() {
      return stored.color;
    },
    get isPreset() {
      return stored.isPreset;
    },
    remove() {
      self.categories = self.categories.filter((c) => c !== stored);
    },
    setColor(color: AnnotationCategoryColor) {
      if (!COLORS.has(color)) throw new Error(`Invalid annotation category color ${String(color)}`);
      stored.color = color;
    },
    setLabel(label: string) {
      stored.label = label;
    },
  };
}
