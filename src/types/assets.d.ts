// Hunspell files and the second-tier word list inlined as text by esbuild for the web build.
declare module '*.aff' {
  const text: string;
  export default text;
}
declare module '*.dic' {
  const text: string;
  export default text;
}
declare module '*.txt' {
  const text: string;
  export default text;
}
