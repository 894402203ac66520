export declare const APP_PORT: number;
export declare const API_PORT: number;
export declare const APP_ORIGIN: string;
export declare const API: string;
