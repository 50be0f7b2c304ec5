// ra-language-italian ships no type declarations.
declare module 'ra-language-italian';
