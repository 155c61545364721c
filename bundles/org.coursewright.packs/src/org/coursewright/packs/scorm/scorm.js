// The runtime of a Coursewright session page that an LMS launches as a SCO (SCORM 1.2 or 2004
// 4th Edition, as the package says on this script's element). It finds the LMS's API by the
// standard search, initialises, marks the session completed once the learner has reached the end
// of the page, keeps the learner's responses in cmi.suspend_data (within the version's size
// limit), and terminates when the page goes. With no LMS (opened from disk, or beside the LMS's
// frame) it does nothing, and responses stay in this browser's storage as on the site (course.js).
(function () {
	'use strict';
	var script = document.currentScript;
	var version = script.getAttribute('data-scorm-version');
	var limit = parseInt(script.getAttribute('data-suspend-data-limit'), 10);
	var apiName = version === '1.2' ? 'API' : 'API_1484_11';

	// A page the learner opened from a SCO (a cross-reference, the references) is not the SCO.
	if (window.name === 'coursewright-aside') { return; }

	// Up the frames of this window, then up those of the window that opened the top one.
	function search(win) {
		for (var hops = 0; win && hops < 500; hops++) {
			try {
				if (win[apiName]) { return win[apiName]; }
			} catch (e) { /* a frame of another origin: go on up */ }
			if (!win.parent || win.parent === win) { break; }
			win = win.parent;
		}
		return null;
	}
	var api = search(window);
	if (!api) {
		try { api = window.top.opener ? search(window.top.opener) : null; } catch (e) { api = null; }
	}
	if (!api) { return; }

	function twoDigits(n) { return (n < 10 ? '0' : '') + n; }
	var lms = version === '1.2' ? {
		initialize: function () { return api.LMSInitialize(''); },
		get: function (name) { return api.LMSGetValue(name); },
		set: function (name, value) { return api.LMSSetValue(name, value); },
		commit: function () { return api.LMSCommit(''); },
		terminate: function () { return api.LMSFinish(''); },
		status: 'cmi.core.lesson_status',
		done: ['completed', 'passed'],
		exit: 'cmi.core.exit',
		sessionTime: 'cmi.core.session_time',
		// CMITimespan: HHHH:MM:SS
		duration: function (s) { return twoDigits(Math.floor(s / 3600)) + ':' + twoDigits(Math.floor(s / 60) % 60) + ':' + twoDigits(s % 60); }
	} : {
		initialize: function () { return api.Initialize(''); },
		get: function (name) { return api.GetValue(name); },
		set: function (name, value) { return api.SetValue(name, value); },
		commit: function () { return api.Commit(''); },
		terminate: function () { return api.Terminate(''); },
		status: 'cmi.completion_status',
		done: ['completed'],
		exit: 'cmi.exit',
		sessionTime: 'cmi.session_time',
		// ISO 8601 duration
		duration: function (s) { return 'PT' + Math.floor(s / 3600) + 'H' + Math.floor(s / 60) % 60 + 'M' + s % 60 + 'S'; }
	};

	if (String(lms.initialize()) !== 'true') { return; }
	var started = Date.now();
	var finished = false;
	var completed = lms.done.indexOf(lms.get(lms.status)) >= 0;
	if (!completed) {
		lms.set(lms.status, 'incomplete');
		lms.commit();
	}

	// Responses: the LMS's copy follows the learner across devices; this browser's may be longer.
	var store;
	try { store = window.localStorage; } catch (e) { store = null; }
	var boxes = Array.prototype.slice.call(document.querySelectorAll('textarea[data-storage-key]'));
	var kept = {};
	try { kept = JSON.parse(lms.get('cmi.suspend_data') || '{}') || {}; } catch (e) { kept = {}; }

	function note(box, text) {
		var element = box.parentNode.querySelector('.response-note');
		if (element && element.textContent !== text) { element.textContent = text; }
	}

	// The responses as JSON no longer than the LMS keeps: the longest is cut until they fit.
	function fitted() {
		var responses = {};
		boxes.forEach(function (box) { if (box.value !== '') { responses[box.id] = box.value; } });
		var json = JSON.stringify(responses);
		while (json.length > limit) {
			var longest = null;
			Object.keys(responses).forEach(function (id) {
				if (longest === null || responses[id].length > responses[longest].length) { longest = id; }
			});
			var over = json.length - limit;
			if (responses[longest].length <= over) {
				delete responses[longest];
			} else {
				responses[longest] = responses[longest].slice(0, responses[longest].length - over);
			}
			json = JSON.stringify(responses);
		}
		return { json: json, responses: responses };
	}

	function save() {
		var fit = fitted();
		lms.set('cmi.suspend_data', fit.json);
		lms.commit();
		boxes.forEach(function (box) {
			var whole = box.value === '' || fit.responses[box.id] === box.value;
			note(box, whole ? 'What you type is kept with your course record.'
				: 'Longer than your course record keeps (' + limit + ' characters for this session): the end is kept in this browser only.');
		});
	}

	var pending = null;
	function saveSoon() {
		if (pending !== null) { clearTimeout(pending); }
		pending = setTimeout(function () { pending = null; save(); }, 1000);
	}

	boxes.forEach(function (box) {
		var text = kept[box.id];
		if (typeof text === 'string') {
			var key = box.getAttribute('data-storage-key');
			var local = store ? store.getItem(key) : null;
			box.value = local !== null && local.length > text.length && local.indexOf(text) === 0 ? local : text;
			if (store) { try { store.setItem(key, box.value); } catch (e) { /* storage full or refused */ } }
		}
		note(box, 'What you type is kept with your course record.');
		box.addEventListener('input', saveSoon);
		box.addEventListener('change', save);
	});

	// Completed once the end of the session's main text has been on screen.
	var main = document.getElementById('main') || document.body;
	function checkEnd() {
		if (completed || main.getBoundingClientRect().bottom > window.innerHeight + 2) { return; }
		completed = true;
		lms.set(lms.status, 'completed');
		lms.commit();
	}
	window.addEventListener('scroll', checkEnd, { passive: true });
	window.addEventListener('resize', checkEnd);
	if (document.readyState === 'complete') { checkEnd(); } else { window.addEventListener('load', checkEnd); }

	// Suspend, so that the next launch resumes this attempt and gets the responses back.
	function finish() {
		if (finished) { return; }
		finished = true;
		if (pending !== null) { clearTimeout(pending); }
		save();
		lms.set(lms.sessionTime, lms.duration(Math.round((Date.now() - started) / 1000)));
		lms.set(lms.exit, 'suspend');
		lms.commit();
		lms.terminate();
	}
	window.addEventListener('pagehide', finish);
	window.addEventListener('beforeunload', finish);
}());
