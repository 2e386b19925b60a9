// expect: js-inner-html
const params = new URLSearchParams(window.location.search);
const query = params.get("q");
const heading = document.getElementById("results-heading");

heading.innerHTML = "Results for <b>" + query + "</b>";
