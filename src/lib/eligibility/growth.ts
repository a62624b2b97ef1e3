// The growth in SMEs served that four documents ask for in words (逐年增长, 稳步增长), found in their text.
import type { RulesDocument } from '../rules/load-rules.ts';

export interface GrowthRequirement {
  /** 逐年增长 (Weihai) or 稳步增长 (Linfen, Ningxia, Chengdu). */
  wording: string;
  /** The item that asks it: `14.2`. */
  cite: string;
  /** The item's own words. */
  text: string;
}

// Yangjiang's 满意度稳步提升 (第六条) is an aim of the platform network, not a condition: it does not match.
const GROWTH = /服务企业数量(逐年增长|稳步增长)/;

/** The first item of a basic-conditions list that asks for a growing count of SMEs served; null if none does. */
export function findGrowthRequirement(document: RulesDocument): GrowthRequirement | null {
  for (const article of document.articles) {
    for (const item of article.items) {
      const match = GROWTH.exec(item.text);
      if (match) return { wording: match[1] ?? '', cite: `${article.number}.${item.number}`, text: item.text };
    }
  }
  return null;
}
