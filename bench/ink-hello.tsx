// The floor for the reader's first paint: Ink drawing one line, bundled the
// way dist/ is. bench/run.js builds it into a temporary folder.
import {render, Text} from 'ink';

render(<Text>Page 1/1 hello</Text>);
// Stay up like the reader does until the bench ends it.
setInterval(() => undefined, 1000);
