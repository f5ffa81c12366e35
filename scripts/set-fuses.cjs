// electron-builder afterPack hook (see electron-builder.yml): flips Electron's fuses in the packaged
// binary, before signing, so release builds cannot be turned into a Node runtime or a debugger
// target and load only the signed app.asar. CommonJS because electron-builder require()s hooks.
const { join } = require('node:path');
const { flipFuses, FuseV1Options, FuseVersion } = require('@electron/fuses');

/** The release fuse settings; electron-builder.yml explains each. */
const FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** electron-builder's Arch.arm64 (builder-util): kept as a number so the hook needs no other import. */
const ARCH_ARM64 = 3;

/** The packaged executable (or .app bundle) inside `appOutDir`. */
function executablePath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${name}.exe`);
  return join(appOutDir, packager.executableName);
}

exports.FUSES = FUSES;

/** The afterPack hook. */
exports.default = async function setFuses(context) {
  const isMac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  await flipFuses(executablePath(context), {
    ...FUSES,
    // Apple silicon refuses a binary whose ad-hoc signature no longer matches; electron-builder
    // signs properly afterwards when a certificate is configured.
    resetAdHocDarwinSignature: isMac && context.arch === ARCH_ARM64,
  });
};
