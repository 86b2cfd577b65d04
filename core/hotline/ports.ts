// How a 工单 leaves: an HTTP POST, by fetch in the cloud function and on the local cloud.
export interface HotlineAnswer {
  status: number;
  body: string;
}

export interface HotlineTransport {
  /** Throws on a network failure or timeout; any HTTP answer is returned as it came. */
  post(url: string, headers: Record<string, string>, body: string): Promise<HotlineAnswer>;
}
