export const id = 870;
export const ids = [870];
export const modules = {

/***/ 54870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerTriangulate: () => (/* binding */ registerTriangulate)
/* harmony export */ });
/* harmony import */ var _signet_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76139);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50332);


function registerTriangulate(program) {
    (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .addRegistryOptions */ .pX)(program.command('triangulate'))
        .summary('print where the signatures of an image live')
        .description('Prints the reference of the `.sig` manifest that holds IMAGE\'s signatures (honours COSIGN_REPOSITORY).')
        .argument('<image>', 'IMAGE@sha256:DIGEST, IMAGE:TAG, or oci:DIR[:TAG]')
        .action(async (input, flags) => {
        const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .createContext */ .q6)([input], flags);
        try {
            const image = await (0,_signet_core__WEBPACK_IMPORTED_MODULE_1__/* .openImage */ .UY)(input, ctx);
            process.stdout.write(`${image.signatures.location(image.digest)}\n`);
        }
        finally {
            await ctx.close();
        }
    });
}


/***/ })

};
