/** The module the scenario Vite plugin generates: every scenario compiled at build time. */
declare module 'virtual:scenarios' {
  const library: import('./scenario-library').ScenarioLibrary;
  export default library;
}
