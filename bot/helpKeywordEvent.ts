/**
 * The event a channel sends when a person sends its own help keyword (SMS HELP), which the channel
 * answers itself with what the service is: while a safety question waits ("are you safe right
 * now?" or a check-in), the turn reads it as the reply "help" is on every channel, so the crisis
 * guard answers it with the urgent help and the question stays open (hazard H87); with none
 * waiting, the turn does nothing.
 */
export const helpKeywordEvent = 'careprep.helpKeyword';
