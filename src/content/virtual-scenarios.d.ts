declare module 'virtual:scenarios' {
  import type { ScenarioLibrary } from './scenario-library';

  const library: ScenarioLibrary;
  export default library;
}
