/**
 * A sentence ending in one full stop, also when it ends in a name with an academic title ("... dicatat oleh Rina
 * Marlina, S.E." gets no second one; a tester read "S.E.." on screen). For messages built around names.
 */
export function kalimat(text: string): string {
  return text.endsWith('.') ? text : `${text}.`
}
