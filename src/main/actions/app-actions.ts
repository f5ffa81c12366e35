/** The app itself: its version, and opening an allowlisted link outside it. */
import { AppError } from '../../shared/errors';
import { isAllowedExternalUrl } from '../security/external-url';
import type { ExternalOpener } from '../services';
import type { ActionTable } from './table';

export interface AppActionDeps {
  opener: ExternalOpener;
  appVersion: string;
  platform: string;
}

export function appActions(deps: AppActionDeps): ActionTable<'getAppInfo' | 'openExternal'> {
  return {
    getAppInfo: async () => ({ version: deps.appVersion, platform: deps.platform }),
    openExternal: async ({ url }) => {
      if (!isAllowedExternalUrl(url)) throw new AppError('BAD_ARGUMENTS', 'Only https web addresses and mailto links can be opened.');
      await deps.opener.open(url);
      return true;
    },
  };
}
