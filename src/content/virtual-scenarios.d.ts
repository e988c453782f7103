/** The module the scenario Vite plugin generates: sidecars now, compiled stories on demand. */
declare module 'virtual:scenarios' {
  const catalog: import('./scenario-catalog').ScenarioCatalog;
  export default catalog;
}
