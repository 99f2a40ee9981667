/// <reference types="office-js" />
// Office.js's types (the `Office` global) for the add-in's code; Office.js itself loads from Microsoft's CDN.
