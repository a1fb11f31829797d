// esbuild bundles the stylesheets the page imports into dashboard.css.
declare module '*.css';
