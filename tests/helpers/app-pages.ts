// Every page the mini-program declares (src/app.config.ts), main package and subpackages, as
// 'root/page' paths without a leading slash: what the platform and the H5 router know.
interface AppConfig {
  pages: string[];
  subPackages?: Array<{ root: string; pages: string[] }>;
  preloadRule?: Record<string, { network?: string; packages: string[] }>;
}

export function appConfig(): AppConfig {
  const g = globalThis as { defineAppConfig?: (c: AppConfig) => AppConfig };
  // Taro provides defineAppConfig as a global at build time; here it only returns the object.
  g.defineAppConfig ??= (c) => c;
  return (require('../../src/app.config') as { default: AppConfig }).default;
}

export function appPages(): string[] {
  const app = appConfig();
  return [...app.pages, ...(app.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))];
}
