// The two classic scripts every page carries inline for the 适老化 mode: one applies the remembered
// choice before the first paint, one wires the switch. Astro hashes its own scripts for the CSP but
// not inline ones, so astro.config.mjs hashes these from this one source.

export const ELDER_PREFERENCE = `try{if(localStorage.getItem('elder-mode')==='1')document.documentElement.classList.add('elder')}catch(e){}`;

export const ELDER_TOGGLE = `(function(){var b=document.getElementById('elder-toggle'),h=document.documentElement;if(!b)return;b.hidden=false;b.setAttribute('aria-pressed',String(h.classList.contains('elder')));b.addEventListener('click',function(){var on=h.classList.toggle('elder');b.setAttribute('aria-pressed',String(on));try{localStorage.setItem('elder-mode',on?'1':'0')}catch(e){}})})();`;

export const INLINE_SCRIPTS = [ELDER_PREFERENCE, ELDER_TOGGLE];
