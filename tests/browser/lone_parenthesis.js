// For the stacked cards of a page (tables on a phone): every "(" whose next visible character, and every ")" whose
// previous one, stands on another line, found from the line boxes of each character (Range.getClientRects).
() => {
  const lone = [];
  let parentheses = 0;
  const box = ([node, i]) => {
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    return range.getClientRects()[0];
  };
  for (const cell of document.querySelectorAll("table[data-stacked] td")) {
    if (!cell.getClientRects().length) continue;
    const chars = [];
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.data.length; i++) if (node.data[i].trim()) chars.push([node, i]);
    }
    chars.forEach(([node, i], k) => {
      const ch = node.data[i];
      const beside = ch === "(" ? chars[k + 1] : ch === ")" ? chars[k - 1] : null;
      if (!beside) return;
      parentheses += 1;
      const a = box([node, i]);
      const b = box(beside);
      if (a && b && Math.abs(a.top - b.top) > a.height / 2) lone.push(cell.textContent.trim().slice(0, 60));
    });
  }
  return { lone, parentheses };
}
