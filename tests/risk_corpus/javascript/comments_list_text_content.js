// expect: none
// Rendering user comments safely: text goes in as text, not as HTML.
const list = document.getElementById("comments");

function render(comments) {
  list.innerHTML = "";
  for (const comment of comments) {
    const item = document.createElement("li");
    item.textContent = comment.author + ": " + comment.body;
    list.append(item);
  }
}

render([{ author: "ana", body: "<script>alert(1)</script>" }]);
