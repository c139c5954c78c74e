// A form that uploads files, made kinder on a slow phone line (progressive enhancement: without this script the
// form posts as usual and the server checks everything). Marked with data-upload-form; its messages come from its
// data attributes, in the page's language.
//  - Each chosen file is checked for type and size before anything is sent; a refused file is taken out of the
//    choice and named in a message at the top, which takes focus.
//  - Photos over 1 MB or 2048 px are made smaller in the browser (which also drops their EXIF data).
//  - While sending, the button is disabled and a bar shows the upload's progress; the server's answer (the receipt,
//    or the form with every error and the files it kept) replaces the page.
(function () {
  'use strict';

  var TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];
  var SHRINK_OVER_BYTES = 1024 * 1024;
  var LONGEST_SIDE = 2048;

  function init() {
    var form = document.querySelector('form[data-upload-form]');
    if (!form || !window.FormData || !window.DataTransfer) {
      return;
    }

    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    }

    var input = form.querySelector('input[type=file]');
    var box = document.getElementById('client-errors');
    var pending = Promise.resolve();
    var errors = [];

    function heldCount() {
      return form.querySelectorAll('input[name="Form.Held"]:checked').length;
    }

    function show() {
      box.textContent = '';
      if (errors.length === 0) {
        box.hidden = true;
        input.removeAttribute('aria-invalid');
        return;
      }

      var list = document.createElement('ul');
      errors.forEach(function (message) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = '#' + input.id;
        link.textContent = message;
        item.appendChild(link);
        list.appendChild(item);
      });
      box.appendChild(list);
      box.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      box.focus();
    }

    function shrink(file) {
      if (file.type === 'application/pdf' || file.size <= SHRINK_OVER_BYTES || !window.createImageBitmap) {
        return Promise.resolve(file);
      }

      return createImageBitmap(file, { imageOrientation: 'from-image' }).then(function (bitmap) {
        var scale = Math.min(1, LONGEST_SIDE / Math.max(bitmap.width, bitmap.height));
        var canvas = document.createElement('canvas');
        canvas.width = Math.round(bitmap.width * scale);
        canvas.height = Math.round(bitmap.height * scale);
        canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
        return new Promise(function (resolve) {
          canvas.toBlob(function (blob) {
            if (!blob || blob.size >= file.size) {
              resolve(file);
              return;
            }

            resolve(new File([blob], file.name.replace(/\.[^.]*$/, '') + '.jpg', { type: 'image/jpeg' }));
          }, 'image/jpeg', 0.85);
        });
      }).catch(function () {
        return file;
      });
    }

    function check() {
      errors = [];
      var chosen = Array.prototype.slice.call(input.files);
      var max = parseInt(form.dataset.maxBytes, 10);
      var room = parseInt(form.dataset.maxFiles, 10) - heldCount();
      var accepted = [];
      return Promise.all(chosen.map(function (file) {
        if (TYPES.indexOf(file.type) < 0) {
          errors.push(file.name + ' ' + form.dataset.wrongType);
          return null;
        }

        return shrink(file);
      })).then(function (files) {
        files.forEach(function (file) {
          if (!file) {
            return;
          }

          if (file.size > max) {
            errors.push(file.name + ' ' + form.dataset.tooLarge);
          } else if (accepted.length >= room) {
            if (errors.indexOf(form.dataset.tooMany) < 0) {
              errors.push(form.dataset.tooMany);
            }
          } else {
            accepted.push(file);
          }
        });

        var transfer = new DataTransfer();
        accepted.forEach(function (file) { transfer.items.add(file); });
        input.files = transfer.files;
        show();
      });
    }

    // A summary's link moves focus to its field, with the field's label in view.
    form.addEventListener('click', function (event) {
      var link = event.target.closest('.error-summary a[href^="#"]');
      var field = link && document.getElementById(link.hash.slice(1));
      if (field) {
        event.preventDefault();
        (field.closest('label') || field).scrollIntoView();
        field.focus({ preventScroll: true });
      }
    });

    input.addEventListener('change', function () {
      pending = check();
    });

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = form.querySelector('button[type=submit]');
      var progress = form.querySelector('.upload-progress');
      var bar = progress.querySelector('progress');
      pending.then(function () {
        if (errors.length > 0) {
          show();
          return;
        }

        button.disabled = true;
        button.dataset.label = button.textContent;
        button.textContent = form.dataset.sending;
        form.setAttribute('aria-busy', 'true');
        progress.hidden = false;

        var request = new XMLHttpRequest();
        request.open('POST', form.action || window.location.href);
        request.upload.addEventListener('progress', function (e) {
          if (e.lengthComputable) {
            bar.value = Math.round((e.loaded / e.total) * 100);
          }
        });
        request.addEventListener('load', function () {
          if ((request.getResponseHeader('Content-Type') || '').indexOf('text/html') !== 0) {
            request.dispatchEvent(new Event('error'));
            return;
          }

          var answer = new DOMParser().parseFromString(request.responseText, 'text/html');
          document.title = answer.title;
          document.body.replaceWith(document.adoptNode(answer.body));
          window.scrollTo(0, 0);
          var receipt = document.querySelector('main [role=status]');
          if (receipt) {
            receipt.setAttribute('tabindex', '-1');
            receipt.focus();
          }

          init();
        });
        request.addEventListener('error', function () {
          button.disabled = false;
          button.textContent = button.dataset.label;
          form.removeAttribute('aria-busy');
          progress.hidden = true;
          errors = [form.dataset.failed];
          show();
        });
        request.send(new FormData(form));
      });
    });
  }

  init();
})();
