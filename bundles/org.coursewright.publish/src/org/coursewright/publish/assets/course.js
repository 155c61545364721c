// Keeps what learners type in activity boxes in this browser (localStorage), per module and
// activity, so it survives reloads and works offline. Opens all reveals before printing.
(function () {
	'use strict';
	var store;
	try { store = window.localStorage; } catch (e) { store = null; }
	document.querySelectorAll('textarea[data-storage-key]').forEach(function (box) {
		var key = box.getAttribute('data-storage-key');
		if (!store) { return; }
		var saved = store.getItem(key);
		if (saved !== null) { box.value = saved; }
		box.addEventListener('input', function () { store.setItem(key, box.value); });
	});
	window.addEventListener('beforeprint', function () {
		document.querySelectorAll('details').forEach(function (d) { d.setAttribute('open', ''); });
	});
}());
