// Plugin entry (placeholder until the sandbox lands).
figma.showUI(__html__, { themeColors: true, width: 360, height: 560 });
