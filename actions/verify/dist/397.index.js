export const id = 397;
export const ids = [397];
export const modules = {

/***/ 56397:
/***/ ((module) => {

module.exports = eval("require")("kerberos");


/***/ })

};
