// expect: js-document-write
const name = new URLSearchParams(location.search).get("name") || "friend";

document.write("<h1>Hello, " + name + "!</h1>");
