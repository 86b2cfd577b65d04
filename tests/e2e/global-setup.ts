// Builds the H5 app once before any journey, outside every test's and hook's timeout: on a
// busy machine the build alone has taken five minutes.
import { ensureH5Build } from './h5-build';

export default function globalSetup(): void {
  ensureH5Build();
}
