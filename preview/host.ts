// Preview host placeholder.
export {};
