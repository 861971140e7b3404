/** "ctrl+shift+a" → modifiers ctrl, shift and key "a"; a lone "+" (or "ctrl++") is the plus key. */
export function parseKeyCombination(combination: string): { key: string; modifiers: string[] } {
  const plusKey = combination === '+' || combination.endsWith('++');
  const parts = (plusKey ? combination.slice(0, -1) : combination).split('+').map((part) => part.trim()).filter(Boolean);
  const key = plusKey ? '+' : (parts.pop() ?? '');
  return { key, modifiers: parts.map((modifier) => modifier.toLowerCase()) };
}
