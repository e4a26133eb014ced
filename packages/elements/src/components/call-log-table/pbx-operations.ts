// The PBX calls' operations, loaded only when a log shows the PBX's calls: their checks of the
// answers are as large as the contract calls', and most pages show a contract's log alone.
export { pbxCallList, pbxCallRecording, pbxCallSummary } from '@portico/sdk/telephony';
