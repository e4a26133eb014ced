/** Timings of the simulated platform, in milliseconds of simulated time. */
export interface SimulatorTimings {
  /** How long a session lives unless the reseller asks otherwise. */
  sessionTtl: number;
  /** When a bank transfer is booked without a confirmation. */
  transferBooking: number;
  /** When a bank transfer is booked after its confirmation was attached. */
  confirmedTransferBooking: number;
  /** When an accepted service order starts being processed. */
  orderStart: number;
  /** How long processing takes, after it starts. */
  orderDuration: number;
  /**
   * How long after a customer writes (a new ticket, a reply) support answers by itself, in
   * departments the simulator answers for (technical and billing; sales never).
   */
  ticketAnswer: number;
  /** How long a signed attachment download link works. */
  attachmentLinkTtl: number;
}
