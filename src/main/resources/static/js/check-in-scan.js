// Progressive enhancement of the check-in form: where the browser has BarcodeDetector (Chrome on Android,
// among others), a button opens the camera, and a QR code read fills in the code field and submits the form.
// Without it (or without JavaScript) the code field and the search by name work as they are.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('check-in-form');
    if (!form || !('BarcodeDetector' in window) || !navigator.mediaDevices) {
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
    var detector = new window.BarcodeDetector({ formats: ['qr_code'] });

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
      detector.detect(video).then(function (codes) {
        if (codes.length > 0) {
          field.value = codes[0].rawValue;
          stop();
          form.submit();
        } else {
          window.requestAnimationFrame(look);
        }
      }).catch(function () { window.requestAnimationFrame(look); });
    }

    button.addEventListener('click', function () {
      if (stream) {
        stop();
        return;
      }
      navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (s) {
        stream = s;
        video.srcObject = s;
        video.hidden = false;
        button.textContent = form.dataset.stopLabel;
        return video.play();
      }).then(look).catch(stop);
    });
  });
}());
