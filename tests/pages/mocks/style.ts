// Stylesheets imported by pages: nothing to apply in jsdom.
export {};
