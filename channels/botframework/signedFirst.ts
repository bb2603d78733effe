import type { Request, Response } from 'restify';
import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import {
  AuthenticationConstants,
  EmulatorValidation,
  GovernmentConstants,
  SkillValidation,
  type ClaimsIdentity,
} from 'botframework-connector';
// Not exported from the package's index, but it is the SDK's own: its keys come from the SDK's cache.
import { JwtTokenExtractor } from 'botframework-connector/lib/auth/jwtTokenExtractor';
import type { KeyedFirst } from '../../bot/keyedFirst';
import { bearerJwt, messagesPath } from './tokenForm';

/** Where the SDK finds the keys a channel's token is signed with, and the issuer it must name. */
export interface ChannelKeys {
  issuer: string | undefined;
  channelMetadataUrl: string | undefined;
  emulatorMetadataUrl: string | undefined;
}

/**
 * The keys the SDK checks `/api/messages` tokens against, chosen as `BotFrameworkAuthenticationFactory`
 * chooses them: the options as given when any of its endpoints is set (tests on loopback), else the
 * public cloud's, or the US Government's for its channel service.
 */
export function channelKeys(options: Partial<ConfigurationBotFrameworkAuthenticationOptions> = {}): ChannelKeys {
  const given = [
    options.ToChannelFromBotLoginUrl,
    options.ToChannelFromBotOAuthScope,
    options.ToBotFromChannelTokenIssuer,
    options.OAuthUrl,
    options.ToBotFromChannelOpenIdMetadataUrl,
    options.ToBotFromEmulatorOpenIdMetadataUrl,
    options.CallerId,
  ].some((value) => typeof value === 'string' && value !== '');
  if (given)
    return {
      issuer: options.ToBotFromChannelTokenIssuer,
      channelMetadataUrl: options.ToBotFromChannelOpenIdMetadataUrl,
      emulatorMetadataUrl: options.ToBotFromEmulatorOpenIdMetadataUrl,
    };
  const cloud =
    options.ChannelService === GovernmentConstants.ChannelService ? GovernmentConstants : AuthenticationConstants;
  return {
    issuer: cloud.ToBotFromChannelTokenIssuer,
    channelMetadataUrl: cloud.ToBotFromChannelOpenIdMetadataUrl,
    emulatorMetadataUrl: cloud.ToBotFromEmulatorOpenIdMetadataUrl,
  };
}

/** Seconds of clock difference the SDK allows a token's times, as it does. */
const clockTolerance = 5 * 60;

/**
 * With Bot Framework auth on, a post to `/api/messages` is answered 401 before its body is read
 * (H375) unless its token is signed by a key the channel publishes (the SDK's cached OpenID keys,
 * fetched again at most hourly for an unknown key id), is within its times, names the channel's
 * issuer, and is for this bot. What needs the body (the serviceUrl claim, the channel's endorsement)
 * is left to the SDK, which checks the whole token again once the body is read. A skill's token is
 * refused, as the SDK refuses it with no allowed callers configured. A token the SDK cannot check
 * (its keys unreachable) is refused here as the SDK would refuse it, 401.
 */
export function signedFirst(appId: string, keys: ChannelKeys): KeyedFirst | undefined {
  if (appId === '') return undefined;
  const channel = new JwtTokenExtractor(
    { issuer: keys.issuer ? [keys.issuer] : [], audience: undefined, clockTolerance, ignoreExpiration: false },
    keys.channelMetadataUrl ?? '',
    AuthenticationConstants.AllowedSigningAlgorithms,
  );
  const emulator = new JwtTokenExtractor(
    EmulatorValidation.ToBotFromEmulatorTokenValidationParameters,
    keys.emulatorMetadataUrl ?? '',
    AuthenticationConstants.AllowedSigningAlgorithms,
  );
  const forUs = async (header: string): Promise<boolean> => {
    if (SkillValidation.isSkillToken(header)) return false;
    // No channel id yet (it is in the body): the SDK skips the endorsement check for none.
    if (EmulatorValidation.isTokenFromEmulator(header))
      return emulatorApp(await emulator.getIdentityFromAuthHeader(header, '')) === appId;
    const identity = await channel.getIdentityFromAuthHeader(header, '');
    return (
      identity?.isAuthenticated === true &&
      identity.getClaimValue(AuthenticationConstants.IssuerClaim) === keys.issuer &&
      identity.getClaimValue(AuthenticationConstants.AudienceClaim) === appId
    );
  };
  return {
    covers: (path) => path === messagesPath,
    check: async (req: Request, res: Response) => {
      const header = req.header('authorization') ?? '';
      const signed = bearerJwt.test(header) && (await forUs(header).catch(() => false));
      if (signed) return 'bearer';
      res.send(401, { error: 'Unauthorized', message: 'Not authorised.' });
      return undefined;
    },
  };
}

/** The app an emulator's token is for: `appid` in version 1.0 (or none), `azp` in 2.0, as the SDK reads it. */
function emulatorApp(identity: ClaimsIdentity | null): string | null {
  if (!identity?.isAuthenticated) return null;
  const version = identity.getClaimValue(AuthenticationConstants.VersionClaim);
  if (version === null) return null;
  if (version === '' || version === '1.0') return identity.getClaimValue(AuthenticationConstants.AppIdClaim);
  return version === '2.0' ? identity.getClaimValue(AuthenticationConstants.AuthorizedParty) : null;
}
