/** A date as the admin shows it, in the admin language; the server cannot know the reader's zone, so it is named. */
export const formatRightsDate = (language: string, iso: string): string =>
  new Intl.DateTimeFormat(language, {
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    month: 'short',
    timeZoneName: 'short',
    year: 'numeric',
  }).format(new Date(iso))
