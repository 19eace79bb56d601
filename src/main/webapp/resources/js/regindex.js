// Scripts of our own pages live here, not inline: the Content-Security-Policy runs no inline script without a nonce.

// A page that answers a form by reloading (the problems of an uploaded file) takes the reader, and a screen
// reader, to the element it marks.
document.addEventListener('DOMContentLoaded', function () {
    var target = document.querySelector('[data-focus-on-load]');
    if (target) {
        target.focus();
    }
});

// Copy buttons (data-copy names the element whose text they copy) are shown only where this script runs. A click
// selects the code, so that it can be copied by hand where the clipboard is not offered, and copies it where it is.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('button[data-copy]').forEach(function (button) {
        button.hidden = false;
        button.addEventListener('click', function () {
            var code = document.getElementById(button.getAttribute('data-copy'));
            var range = document.createRange();
            range.selectNodeContents(code);
            var selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            var status = button.parentElement.querySelector('.copy-status');
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(code.textContent).then(function () {
                    status.textContent = button.getAttribute('data-copied');
                });
            }
        });
    });
});

// PrimeFaces marks the native input of an unskinned file upload aria-hidden, yet it is the visible control that
// the keyboard reaches: screen readers must be told of it too. Again after each AJAX update.
function exposeFileInputs() {
    document.querySelectorAll('input[type=file][aria-hidden="true"]').forEach(function (input) {
        if (input.offsetParent !== null) {
            input.removeAttribute('aria-hidden');
        }
    });
}
document.addEventListener('DOMContentLoaded', function () {
    exposeFileInputs();
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', exposeFileInputs);
    }
});
