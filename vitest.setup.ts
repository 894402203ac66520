// Component tests wait for lazily loaded dialogs and editors with findBy*/waitFor. On a loaded
// 2-core machine a first dynamic import can take longer than Testing Library's 1 s default, so
// waits get 10 s here; a wait that is really stuck still fails, only later.
import { configure } from "@solidjs/testing-library";

configure({ asyncUtilTimeout: 10_000 });
