/**
 * Wraps body lines in a minimal letter, one paragraph per line (as press
 * releases give them): date line, address, salutation, an opening sentence,
 * then the closing and signature, with `after` lines past the signature.
 */
export function letter(body: string[], after: string[] = [], { street = true } = {}): string {
  return [
    'May 6, 2025',
    'The Honorable Jane Roe',
    'Administrator',
    'Example Agency',
    ...(street ? ['1200 Main Street SW'] : []),
    'Washington, DC 20001',
    'Dear Administrator Roe:',
    'We write about the agency\'s handling of the grant program described in recent reports.',
    ...body,
    'Thank you for your attention to this matter.',
    'Sincerely,',
    'Pat Senator',
    'United States Senator',
    ...after,
  ].join('\n');
}
