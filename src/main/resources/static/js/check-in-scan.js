// Progressive enhancement of the check-in form: where the browser has a camera, a button opens it, and a QR code
// read fills in the code field and submits the form. Browsers with BarcodeDetector (Chrome on Android, among
// others) decode with it; others load the jsQR decoder (data-decoder on the form) only when the camera is opened,
// and decode a few frames a second from a canvas. Without a camera or JavaScript, the code field and the search by
// name work as they are.
(function () {
  'use strict';

  function nativeDetector() {
    if (!('BarcodeDetector' in window)) {
      return null;
    }
    var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    return function (video) {
      return detector.detect(video).then(function (codes) { return codes.length > 0 ? codes[0].rawValue : null; });
    };
  }

  var loading = null;
  function loadJsQr(src) {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        if (window.jsQR) {
          resolve(window.jsQR);
          return;
        }
        var script = document.createElement('script');
        script.src = src;
        script.onload = function () { return window.jsQR ? resolve(window.jsQR) : reject(new Error('no jsQR')); };
        script.onerror = function () { loading = null; reject(new Error('jsQR did not load')); };
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function canvasDetector(jsQR) {
    var canvas = document.createElement('canvas');
    var context = canvas.getContext('2d', { willReadFrequently: true });
    return function (video) {
      var width = video.videoWidth;
      var height = video.videoHeight;
      if (!width || !height) {
        return Promise.resolve(null);
      }
      var scale = Math.min(1, 640 / Math.max(width, height));
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      var image = context.getImageData(0, 0, canvas.width, canvas.height);
      var code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
      return Promise.resolve(code ? code.data : null);
    };
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('check-in-form');
    if (!form || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      return;
    }
    var native = nativeDetector();
    if (!native && !form.dataset.decoder) {
      return;
    }
    var field = form.querySelector('#code');
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = form.dataset.scanLabel;
    var video = document.createElement('video');
    video.setAttribute('playsinline', '');
    video.muted = true;
    video.hidden = true;
    video.className = 'check-in__video';
    form.appendChild(button);
    form.appendChild(video);
    var stream = null;
    var detect = native;

    function stop() {
      if (stream) {
        stream.getTracks().forEach(function (t) { t.stop(); });
      }
      stream = null;
      video.hidden = true;
      button.textContent = form.dataset.scanLabel;
    }

    function look() {
      if (!stream) {
        return;
      }
      detect(video).then(function (value) {
        if (value) {
          field.value = value;
          stop();
          form.submit();
        } else {
          window.setTimeout(look, native ? 0 : 150);
        }
      }).catch(function () { window.setTimeout(look, 150); });
    }

    function decoder() {
      return detect ? Promise.resolve(detect)
        : loadJsQr(form.dataset.decoder).then(function (jsQR) { detect = canvasDetector(jsQR); return detect; });
    }

    button.addEventListener('click', function () {
      if (stream) {
        stop();
        return;
      }
      decoder().then(function () {
        return navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      }).then(function (s) {
        stream = s;
        video.srcObject = s;
        video.hidden = false;
        button.textContent = form.dataset.stopLabel;
        return video.play();
      }).then(look).catch(stop);
    });
  });
}());
