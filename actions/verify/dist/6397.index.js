export const id = 6397;
export const ids = [6397];
export const modules = {

/***/ 56397:
/***/ ((module) => {

module.exports = eval("require")("kerberos");


/***/ })

};
