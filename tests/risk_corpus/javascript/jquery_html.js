// expect: js-inner-html
// Known limitation: jQuery's .html(value) sets innerHTML too, but the detector does not know jQuery.
$("#search").on("submit", function (event) {
  event.preventDefault();
  const term = $("#term").val();
  $("#status").html("Searching for " + term);
});
