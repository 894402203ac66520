/** Types of ./chromium.mjs (plain JS so Node benchmarks can import it too). */
export declare const chromiumPath: string;
export declare const chromiumArgs: string[];
