// Scripts of our own pages live here, not inline: the Content-Security-Policy runs no inline script without a nonce.

// A page that answers a form by reloading (the problems of an uploaded file) takes the reader, and a screen
// reader, to the element it marks.
document.addEventListener('DOMContentLoaded', function () {
    var target = document.querySelector('[data-focus-on-load]');
    if (target) {
        target.focus();
    }
});
