import { UserTokenClient } from 'botframework-connector';
import type { Activity, SignInUrlResponse, TokenExchangeRequest, TokenResponse, TokenStatus } from 'botbuilder';

/**
 * A user token client (OAuth sign-in cards) built only when first used. The SDK would build one
 * for every incoming activity, with its own HTTP pipeline, and Careprep signs nobody in.
 */
export class LazyUserTokenClient extends UserTokenClient {
  private client?: Promise<UserTokenClient>;

  constructor(private readonly build: () => Promise<UserTokenClient>) {
    super();
  }

  private get real(): Promise<UserTokenClient> {
    this.client ??= this.build();
    return this.client;
  }

  async getUserToken(
    userId: string,
    connectionName: string,
    channelId: string,
    magicCode: string,
  ): Promise<TokenResponse> {
    return (await this.real).getUserToken(userId, connectionName, channelId, magicCode);
  }

  async getSignInResource(
    connectionName: string,
    activity: Activity,
    finalRedirect: string,
  ): Promise<SignInUrlResponse> {
    return (await this.real).getSignInResource(connectionName, activity, finalRedirect);
  }

  async signOutUser(userId: string, connectionName: string, channelId: string): Promise<void> {
    return (await this.real).signOutUser(userId, connectionName, channelId);
  }

  async getTokenStatus(userId: string, channelId: string, includeFilter: string): Promise<TokenStatus[]> {
    return (await this.real).getTokenStatus(userId, channelId, includeFilter);
  }

  async getAadTokens(
    userId: string,
    connectionName: string,
    resourceUrls: string[],
    channelId: string,
  ): Promise<Record<string, TokenResponse>> {
    return (await this.real).getAadTokens(userId, connectionName, resourceUrls, channelId);
  }

  async exchangeToken(
    userId: string,
    connectionName: string,
    channelId: string,
    exchangeRequest: TokenExchangeRequest,
  ): Promise<TokenResponse> {
    return (await this.real).exchangeToken(userId, connectionName, channelId, exchangeRequest);
  }
}
