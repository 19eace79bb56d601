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

// The questionnaire saves text while the expert types. A form with data-autosave-saving holds the status texts; its
// fields marked data-autosave (with a key that names the indicator and field: ids are reused when the section
// changes) are saved a second after the last keystroke, by firing the change event their AJAX behaviour listens to,
// as well as when they lose focus. A save that fails on the way (no network, a server that does not answer) keeps
// the text and is retried, at once when the browser is back online. Leaving the page while typed text is not known
// to be stored, or while a comment is typed but not sent (data-unsent), asks first.
(function () {
    var typed = {};      // key -> inputs counted since the page loaded
    var stored = {};     // key -> the count the server last stored
    var sent = {};       // key -> the count of the save on its way
    var refused = {};    // key -> the count the server refused (an invalid address): not sent again until typed
    var timers = {};
    var retries = {};

    function form() {
        return document.querySelector('form[data-autosave-saving]');
    }

    function field(key) {
        return document.querySelector('[data-autosave="' + key + '"]');
    }

    function statusBox(element) {
        var section = element && element.closest('.q-indicator');
        return section && section.querySelector('.q-status');
    }

    function show(element, text, failed) {
        var box = statusBox(element);
        if (box) {
            box.textContent = text;
            box.classList.toggle('q-status-failed', failed);
        }
    }

    function unsaved(key) {
        return (typed[key] || 0) !== (stored[key] || 0);
    }

    function save(key) {
        var element = field(key);
        if (element && window.jQuery && unsaved(key) && sent[key] === undefined && refused[key] !== typed[key]) {
            window.jQuery(element).trigger('change');
        }
    }

    function later(key, delay) {
        clearTimeout(timers[key]);
        timers[key] = setTimeout(function () { save(key); }, delay);
    }

    function keyOf(settings) {
        var source = settings && settings.source;
        var id = typeof source === 'string' ? source : source && source.id;
        var element = id && document.getElementById(id);
        return element && element.getAttribute('data-autosave');
    }

    document.addEventListener('input', function (event) {
        var element = event.target.closest && event.target.closest('[data-autosave]');
        var host = form();
        if (!element || !host || !host.contains(element)) {
            return;
        }
        var key = element.getAttribute('data-autosave');
        typed[key] = (typed[key] || 0) + 1;
        show(element, host.getAttribute('data-autosave-unsaved'), false);
        later(key, 1000);
    });

    document.addEventListener('DOMContentLoaded', function () {
        if (!window.jQuery) {
            return;
        }
        var $ = window.jQuery;
        $(document).on('pfAjaxSend', function (event, xhr, settings) {
            var key = keyOf(settings);
            var host = form();
            if (key && host && typed[key] !== undefined) {
                sent[key] = typed[key];
                settings.autosaveKey = key;
                show(field(key), host.getAttribute('data-autosave-saving'), false);
            }
        });
        $(document).on('pfAjaxComplete', function (event, xhr, settings) {
            var key = (settings && settings.autosaveKey) || keyOf(settings);
            if (!key || sent[key] === undefined) {
                return;
            }
            var count = sent[key];
            delete sent[key];
            var host = form();
            var box = statusBox(field(key));
            if (xhr.status === 200 && !(box && box.classList.contains('q-status-failed'))) {
                // Stored, unless the server refused it (its status then says why and the text stays unsaved).
                retries[key] = 0;
                stored[key] = Math.max(stored[key] || 0, count);
                if (unsaved(key)) {
                    later(key, 1000);
                }
            } else if (xhr.status === 200) {
                refused[key] = count;
            } else if (host) {
                retries[key] = (retries[key] || 0) + 1;
                show(field(key), host.getAttribute('data-autosave-retrying'), true);
                later(key, Math.min(30000, 1000 * Math.pow(2, retries[key])));
            }
        });
        window.addEventListener('online', function () {
            Object.keys(typed).filter(unsaved).forEach(function (key) { later(key, 0); });
        });
    });

    window.addEventListener('beforeunload', function (event) {
        if (!form()) {
            return;
        }
        var pending = Object.keys(typed).some(unsaved);
        var unsent = Array.prototype.some.call(document.querySelectorAll('[data-unsent]'), function (element) {
            return element.value.trim() !== '';
        });
        if (pending || unsent) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
})();

// Links of the questionnaire's to-do list (data-goto names an indicator) show its section by AJAX; once it is on the
// page the indicator is scrolled to and its first field that can be edited takes the focus.
(function () {
    var wanted = null;
    document.addEventListener('click', function (event) {
        var link = event.target.closest && event.target.closest('[data-goto]');
        if (link) {
            wanted = link.getAttribute('data-goto');
        }
    });
    document.addEventListener('DOMContentLoaded', function () {
        if (!window.jQuery) {
            return;
        }
        window.jQuery(document).on('pfAjaxComplete', function () {
            var section = wanted && document.getElementById('ind-' + wanted);
            if (!section) {
                return;
            }
            wanted = null;
            section.scrollIntoView({block: 'start'});
            var field = section.querySelector('input:not([disabled]):not([type=hidden]), textarea:not([disabled])');
            (field || section).focus();
        });
    });
})();

// A table wider than its box (the compare table on a phone) says so: the hint next to it (data-scroll-hint names
// the box) shows while columns are hidden to the right, and goes once the reader has scrolled to the last one.
(function () {
    function update(hint) {
        var box = document.getElementById(hint.getAttribute('data-scroll-hint'));
        hint.hidden = !box || box.scrollLeft + box.clientWidth >= box.scrollWidth - 1;
    }
    function updateAll() {
        document.querySelectorAll('[data-scroll-hint]').forEach(update);
    }
    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('[data-scroll-hint]').forEach(function (hint) {
            var box = document.getElementById(hint.getAttribute('data-scroll-hint'));
            if (box) {
                box.addEventListener('scroll', function () { update(hint); }, {passive: true});
            }
            update(hint);
        });
    });
    window.addEventListener('resize', updateAll);
})();

// A map repeats the score of the region under the pointer or the keyboard focus in the line under it (each region
// is a link whose name already holds its score, for screen readers).
(function () {
    function show(event) {
        var area = event.target.closest && event.target.closest('.map-area');
        if (!area) {
            return;
        }
        var figure = area.closest('figure');
        var readout = figure && figure.querySelector('.map-readout');
        if (readout) {
            readout.textContent = area.getAttribute('data-value');
        }
    }
    document.addEventListener('focusin', show);
    document.addEventListener('mouseover', show);
})();

// The language switch remembers the choice in a cookie of the visitor's own (a year); the server reads it and never
// sets one, so that public pages stay free of cookies and sessions and a shared cache may keep them.
document.addEventListener('DOMContentLoaded', function () {
    var languages = document.querySelector('.language-switch[data-cookie-path]');
    if (!languages) {
        return;
    }
    languages.querySelectorAll('a[data-language]').forEach(function (link) {
        link.addEventListener('click', function () {
            document.cookie = 'regindex-lang=' + link.getAttribute('data-language') + '; path='
                + languages.getAttribute('data-cookie-path') + '; max-age=31536000; SameSite=Lax'
                + (window.location.protocol === 'https:' ? '; Secure' : '');
        });
    });
});
