// bijeen: small progressive enhancements. Every page works without this file.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// After a form comes back with mistakes, start at the list of mistakes (it links to each field).
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('.error-summary[tabindex="-1"]');
  if (summary) {
    summary.focus();
  }
});
