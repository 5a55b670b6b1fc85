// html-validate's recommended rules, checked on every built page by tests/dist/html.test.ts.
export default {
	extends: ['html-validate:recommended'],
	rules: {},
};
