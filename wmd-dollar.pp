0001: text 0.000; heading 0/6, emphasis 0/7
0002: text 0.000; heading 0/16, table 0/21, link 0/25, list 0/38, ordered 0/9
0003: text 0.000; link 0/7, list 0/5, ordered 0/5
0004: text 0.000; heading 0/8, link 0/9, emphasis 0/5
0005: text 0.000; heading 0/24, link 0/10, list 0/7
0006: text 0.000; heading 0/7, link 0/34, list 0/9, ordered 0/2, emphasis 0/16
0007: text 0.000; heading 0/33, link 0/33, list 0/2, ordered 0/2
0008: text 0.000; heading 0/3, link 0/10, list 0/8, ordered 0/8
0009: text 0.000; heading 0/10, link 0/20, list 0/7, math 0/1, emphasis 0/43
0010: text 0.000; heading 0/16, link 0/11, list 0/37, emphasis 0/12
0011: text 0.000; heading 0/13, link 0/18, list 0/38, ordered 0/13, emphasis 0/80
0012: text 0.000; heading 0/10, link 0/16, emphasis 0/10
0013: text 0.000; heading 0/7, link 0/1
0014: text 0.000; list 0/11, emphasis 0/10
0015: text 0.000; list 0/10, ordered 0/10, emphasis 0/9
0016: text 0.000; heading 0/27, link 0/40, list 0/8, emphasis 0/12
0017: text 0.000; heading 0/18, link 0/12, list 0/9, emphasis 0/9
0018: text 0.000; heading 0/3, link 0/14, list 0/7, ordered 0/7, math 0/1, emphasis 0/8
0019: text 0.000; heading 0/36, table 0/56, link 0/18, list 0/72, math 0/9, emphasis 0/5
0020: text 0.000; heading 0/7, table 0/45, list 0/44, math 0/14, emphasis 0/6
0021: text 0.000; heading 0/4, table 0/27, link 0/19, list 0/46, math 0/10, emphasis 0/21
0022: text 0.000; heading 0/7, link 0/28, list 0/160, ordered 0/25, emphasis 0/135
0023: text 0.000; heading 0/1, link 0/7, list 0/6, ordered 0/6, emphasis 0/1
0024: text 0.000; emphasis 0/3
0025: text 0.000; heading 0/6, link 0/7, list 0/101, emphasis 0/45
0026: text 0.000; heading 0/17, link 0/8, list 0/3, math 0/5, emphasis 0/1
0027: text 0.000; heading 0/10, link 0/13, list 0/25, emphasis 0/9
0028: text 0.000; link 0/26, list 0/21, emphasis 0/11
0029: text 0.000; heading 0/6, link 0/10, list 0/34, ordered 0/18, emphasis 0/25
0030: text 0.000; heading 0/53, link 0/16
0031: text 0.000; 
0032: text 0.000; heading 0/13, link 0/6, list 0/40, emphasis 0/20
0033: text 0.000; heading 0/12, link 0/12, list 0/19, math 0/1, emphasis 0/36
0034: text 0.000; heading 0/6, link 0/18
0035: text 0.000; heading 0/35, link 0/66, list 0/33, emphasis 0/39
0036: text 0.000; heading 0/6, list 0/4
0037: text 0.000; heading 0/19, table 0/12, link 0/29, list 0/59, ordered 0/25, emphasis 0/30
0038: text 0.000; heading 0/15, link 0/7, list 0/15
0039: text 0.000; heading 0/5, link 0/6, list 0/3, math 0/1, emphasis 0/1
0040: text 0.000; heading 0/13, link 0/2, emphasis 0/39
0041: text 0.000; heading 0/11, link 0/37, list 0/8, emphasis 0/21
0042: text 0.000; link 0/29, list 0/10, ordered 0/10, math 0/4, emphasis 0/41
0043: text 0.000; heading 0/14, link 0/17, list 0/38, ordered 0/11, math 0/4, emphasis 0/24
0044: text 0.000; heading 0/20, link 0/17, list 0/9, emphasis 0/4
0045: text 0.000; heading 0/6, link 0/10, list 0/24, emphasis 0/22
0046: text 0.000; heading 0/11, table 0/32, link 0/49, list 0/7, math 0/9, emphasis 0/26
0047: text 0.000; heading 0/21, link 0/8, list 0/28, emphasis 0/29
0048: text 0.000; heading 0/8, link 0/2
0049: text 0.000; heading 0/46, link 0/12, emphasis 0/1
0050: text 0.000; heading 0/25, link 0/15, emphasis 0/1
0051: text 0.000; heading 0/15, link 0/19, list 0/25, emphasis 0/28
0052: text 0.000; heading 0/3, table 0/44, link 0/23, list 0/10, ordered 0/10
0053: text 0.000; heading 0/5, table 0/24, link 0/5, list 0/11, ordered 0/3, math 0/10, emphasis 0/14
0054: text 0.000; heading 0/42, link 0/36, list 0/55, ordered 0/15, math 0/1, emphasis 0/41
0055: text 0.000; heading 0/1, link 0/14, list 0/19, ordered 0/19, emphasis 0/39
0056: text 0.000; heading 0/64, table 0/105, link 0/6, list 0/174, math 0/7, emphasis 0/28
0057: text 0.000; heading 0/36, table 0/71, link 0/225, list 0/202, ordered 0/10, math 0/6, emphasis 0/32
0058: text 0.000; heading 0/23, link 0/3, list 0/10, ordered 0/6, math 0/1, emphasis 0/35
0059: text 0.000; heading 0/8, link 0/5, list 0/9, emphasis 0/1
0060: text 0.000; heading 0/9, link 0/4, list 0/19, emphasis 0/8
0061: text 0.000; heading 0/18, table 0/100, link 0/3, math 0/42
0062: text 0.000; heading 0/33, table 0/60, link 0/39, list 0/11, math 0/7, emphasis 0/53
0063: text 0.000; heading 0/3, link 0/3, list 0/3, emphasis 0/3
0064: text 0.000; heading 0/16, link 0/14, list 0/14
0065: text 0.000; heading 0/31, table 0/50, link 0/28, list 0/20, math 0/1, emphasis 0/36
0066: text 0.000; heading 0/16
0067: text 0.000; heading 0/22, link 0/17, list 0/34, ordered 0/4, emphasis 0/19
0068: text 0.000; heading 0/110, link 0/106, list 0/114, ordered 0/1, emphasis 0/4
0069: text 0.000; heading 0/32, link 0/106, list 0/148, ordered 0/13, math 0/28, emphasis 0/61
0070: text 0.000; heading 0/8, link 0/6, list 0/8, math 0/1, emphasis 0/12
0071: text 0.000; heading 0/22, link 0/23, list 0/11, math 0/2, emphasis 0/37
0072: text 0.000; heading 0/22, link 0/12, list 0/36, ordered 0/6, emphasis 0/5
0073: text 0.000; heading 0/4, link 0/29, list 0/14, emphasis 0/10
0074: text 0.000; heading 0/14, link 0/28, list 0/65, emphasis 0/2
0075: text 0.000; heading 0/25, table 0/12, link 0/130, list 0/20, emphasis 0/48
0076: text 0.000; heading 0/1, link 0/47, list 0/79, emphasis 0/1
0077: text 0.000; list 0/1
0078: text 0.000; emphasis 0/2
0079: text 0.000; math 0/2
0080: text 0.000; heading 0/8, link 0/12, list 0/4, emphasis 0/12
0081: text 0.000; list 0/5, emphasis 0/1
0082: text 0.000; link 0/26, emphasis 0/12
0083: text 0.000; heading 0/3, link 0/33, math 0/2
0084: text 0.000; heading 0/3
0085: text 0.000; heading 0/9, link 0/19, list 0/30, emphasis 0/32
0086: text 0.000; heading 0/6
0087: text 0.000; heading 0/5, list 0/26, ordered 0/10
0088: text 0.000; list 0/5, emphasis 0/4
0089: text 0.000; heading 0/15, table 0/236, link 0/3, list 0/64, ordered 0/25, math 0/1, emphasis 0/7
0090: text 0.000; link 0/24, list 0/10, ordered 0/10, math 0/2, emphasis 0/10
0091: text 0.000; heading 0/32, list 0/67, emphasis 0/52
0092: text 0.000; heading 0/11, link 0/8, emphasis 0/8
0093: text 0.000; heading 0/19, link 0/8, math 0/2
0094: text 0.000; heading 0/5, link 0/39, emphasis 0/17
0095: text 0.000; heading 0/89, link 0/41
0096: text 0.000; heading 0/13, table 0/246, link 0/16, list 0/37, emphasis 0/36
0097: text 0.000; heading 0/22, link 0/15, list 0/139, math 0/1, emphasis 0/71
0098: text 0.000; heading 0/51, link 0/52, list 0/16, ordered 0/16, math 0/2, emphasis 0/76
0099: text 0.000; heading 0/32, link 0/38, math 0/2, emphasis 0/1
0100: text 0.000; heading 0/26, link 0/10, list 0/10, ordered 0/5, emphasis 0/23
0101: text 0.000; heading 0/20, link 0/32, list 0/10, math 0/1, emphasis 0/6
0102: text 0.000; heading 0/8, list 0/55, ordered 0/7, emphasis 0/18
0103: text 0.000; table 0/336, link 0/2, emphasis 0/3
0104: text 0.000; link 0/2
0105: text 0.000; heading 0/15, link 0/15, emphasis 0/24
0106: text 0.000; heading 0/10, link 0/25, emphasis 0/10
0107: text 0.000; link 0/3
0108: text 0.000; heading 0/18, link 0/22, list 0/3, emphasis 0/3
0109: text 0.000; heading 0/28, link 0/15, list 0/39, math 0/2, emphasis 0/18
0110: text 0.000; heading 0/66, link 0/47, list 0/8, math 0/1, emphasis 0/6
0111: text 0.000; heading 0/26, table 0/50, link 0/24, math 0/30, emphasis 0/48
0112: text 0.000; heading 0/15, link 0/41, list 0/24, emphasis 0/8
0113: text 0.000; heading 0/7, link 0/17, list 0/24, ordered 0/16, emphasis 0/19
0114: text 0.000; heading 0/13, table 0/14, link 0/22, list 0/5, math 0/4, emphasis 0/9
0115: text 0.000; link 0/3, emphasis 0/7
0116: text 0.000; heading 0/9, link 0/11, list 0/23, emphasis 0/14
0117: text 0.000; heading 0/33, link 0/35
0118: text 0.000; heading 0/1, link 0/1, list 0/9, emphasis 0/11
0119: text 0.000; emphasis 0/5
0120: text 0.000; heading 0/5, link 0/4
0121: text 0.000; heading 0/4, link 0/6, list 0/1, emphasis 0/4
0122: text 0.000; heading 0/21
0123: text 0.000; heading 0/12, link 0/14, math 0/1, emphasis 0/41
0124: text 0.000; heading 0/1, link 0/4, emphasis 0/6
0125: text 0.000; table 0/16, link 0/1
0126: text 0.000; heading 0/3, link 0/4, list 0/6, emphasis 0/1
0127: text 0.000; heading 0/13, link 0/43, list 0/53, ordered 0/11, math 0/1, emphasis 0/31
0128: text 0.000; heading 0/8
0130: text 0.000; heading 0/11, link 0/4, list 0/30, math 0/1
0132: text 0.000; heading 0/3, link 0/2, list 0/2
0133: text 0.000; link 0/6, list 0/8, ordered 0/8, math 0/7, emphasis 0/16
0134: text 0.000; heading 0/2, link 0/1
0135: text 0.000; heading 0/2, link 0/5, list 0/14, emphasis 0/2
0136: text 0.000; heading 0/4, link 0/15, list 0/14, emphasis 0/16
0137: text 0.000; heading 0/4, link 0/1, emphasis 0/9
0138: text 0.000; heading 0/15, link 0/26
0139: text 0.000; heading 0/2
0140: text 0.000; heading 0/4, link 0/3, emphasis 0/3
0141: text 0.000; heading 0/13, link 0/4
0142: text 0.000; heading 0/20, link 0/31, emphasis 0/8
0143: text 0.000; heading 0/37, link 0/16, list 0/37, ordered 0/1, emphasis 0/59
0144: text 0.000; link 0/2, emphasis 0/33
0145: text 0.000; heading 0/22, link 0/5, emphasis 0/3
0146: text 0.000; heading 0/28, link 0/25, list 0/77, math 0/17, emphasis 0/26
0147: text 0.000; heading 0/1, link 0/20, emphasis 0/2
0148: text 0.000; heading 0/5, link 0/39, math 0/25, emphasis 0/142
0149: text 0.000; heading 0/7, link 0/37, list 0/5, ordered 0/5, emphasis 0/33
0150: text 0.000; heading 0/11, link 0/11, list 0/36, ordered 0/1, emphasis 0/51
0151: text 0.000; heading 0/21, link 0/10, list 0/3, ordered 0/1, math 0/13, emphasis 0/2
0152: text 0.000; heading 0/12, link 0/2, list 0/14, ordered 0/5, emphasis 0/9
0153: text 0.000; math 0/2
0154: text 0.000; heading 0/5, link 0/14, list 0/7, ordered 0/7, emphasis 0/10
0155: text 0.000; heading 0/8, link 0/46, list 0/27, ordered 0/19, emphasis 0/2
0156: text 0.000; heading 0/6, link 0/1
0157: text 0.000; heading 0/4, table 0/153, link 0/6, list 0/15, emphasis 0/13
0158: text 0.000; heading 0/13, link 0/1, list 0/30, math 0/3, emphasis 0/30
0159: text 0.000; heading 0/7, list 0/9, math 0/3, emphasis 0/9
0160: text 0.000; emphasis 0/4
0161: text 0.000; 
0162: text 0.000; heading 0/1, link 0/9, list 0/21
0163: text 0.000; heading 0/22, link 0/20, list 0/8, ordered 0/5, emphasis 0/12
0164: text 0.000; heading 0/9, list 0/1, ordered 0/1, math 0/1
0165: text 0.000; heading 0/30, link 0/57, math 0/1
0166: text 0.000; heading 0/2, link 0/127, list 0/25, ordered 0/25, emphasis 0/158
0167: text 0.000; heading 0/19, link 0/37, list 0/8, math 0/17, emphasis 0/20
0168: text 0.000; heading 0/7, list 0/8
0169: text 0.000; heading 0/4, link 0/4, list 0/13
0170: text 0.000; heading 0/3, link 0/8, emphasis 0/12
0171: text 0.000; heading 0/10, list 0/27
0172: text 0.000; link 0/3, list 0/38
0173: text 0.000; heading 0/5, link 0/3
0174: text 0.000; link 0/8, math 0/2
0175: text 0.000; heading 0/2, link 0/1, emphasis 0/1
0177: text 0.000; heading 0/10, link 0/12, list 0/20
0178: text 0.000; heading 0/14, link 0/13, math 0/9, emphasis 0/38
0179: text 0.000; heading 0/18, link 0/23, list 0/36, ordered 0/6, math 0/3, emphasis 0/9
0180: text 0.000; heading 0/1, link 0/1
0181: text 0.000; heading 0/4
0182: text 0.000; heading 0/6, list 0/3, emphasis 0/7
0183: text 0.000; heading 0/40, link 0/9, list 0/71, math 0/35, emphasis 0/61
0184: text 0.000; heading 0/5, link 0/4, list 0/5, math 0/1, emphasis 0/5
0185: text 0.000; 
0186: text 0.000; link 0/6, list 0/5, ordered 0/5, emphasis 0/10
0187: text 0.000; heading 0/10, link 0/9, emphasis 0/37
0188: text 0.000; heading 0/17, link 0/8, list 0/21
0189: text 0.000; heading 0/10, link 0/102, list 0/66, ordered 0/1, emphasis 0/32
0190: text 0.000; heading 0/11, link 0/8, list 0/6
0191: text 0.000; heading 0/8, link 0/101, list 0/5, emphasis 0/35
0192: text 0.000; heading 0/5, link 0/3
0193: text 0.000; heading 0/3, link 0/2
0194: text 0.000; heading 0/20, list 0/64, ordered 0/5
0195: text 0.000; list 0/48, ordered 0/4
0196: text 0.000; heading 0/8, link 0/17, list 0/5, emphasis 0/37
0197: text 0.000; heading 0/8, link 0/7
0198: text 0.000; heading 0/12, link 0/1, list 0/85, math 0/2, emphasis 0/22
0199: text 0.000; heading 0/19, link 0/26, math 0/4, emphasis 0/2
0200: text 0.000; heading 0/43, link 0/16, list 0/58, emphasis 0/45
0202: text 0.000; heading 0/10, link 0/6, list 0/25, math 0/2, emphasis 0/20
0203: text 0.000; heading 0/218, link 0/633, emphasis 0/2
0204: text 0.000; heading 0/2, table 0/45, link 0/1, emphasis 0/4
0205: text 0.000; heading 0/12
0206: text 0.000; heading 0/17, link 0/16, list 0/19, math 0/1, emphasis 0/12
0207: text 0.000; heading 0/1, link 0/1, emphasis 0/1
0208: text 0.000; heading 0/7, link 0/3
0209: text 0.000; link 0/9, emphasis 0/1
0210: text 0.000; heading 0/3, link 0/30, list 0/29, emphasis 0/63
0211: text 0.000; heading 0/3, table 0/9, link 0/3, list 0/2, math 0/5, emphasis 0/9
0212: text 0.000; heading 0/20, link 0/11, math 0/5, emphasis 0/1
0213: text 0.000; heading 0/4, link 0/10, list 0/10, ordered 0/10, emphasis 0/11
0214: text 0.000; heading 0/5, link 0/16, list 0/30, ordered 0/15, emphasis 0/31
0215: text 0.000; heading 0/41, table 0/18, link 0/422, emphasis 0/128
0216: text 0.000; heading 0/2, link 0/18, emphasis 0/9
0217: text 0.000; heading 0/17
0218: text 0.000; heading 0/7, link 0/4
0219: text 0.000; heading 0/14, link 0/13
0220: text 0.000; list 0/29, math 0/1
0221: text 0.000; link 0/1, math 0/1
0222: text 0.000; heading 0/12, link 0/12, list 0/18, ordered 0/18, math 0/4, emphasis 0/4
0223: text 0.000; heading 0/6, list 0/2, ordered 0/2, emphasis 0/1
0224: text 0.000; heading 0/17, link 0/10, math 0/2, emphasis 0/37
0225: text 0.000; heading 0/30, math 0/32, emphasis 0/24
0226: text 0.000; heading 0/1, math 0/24
0227: text 0.000; heading 0/11, link 0/8, list 0/21, math 0/4, emphasis 0/29
0228: text 0.000; heading 0/8, link 0/14, emphasis 0/14
0229: text 0.000; heading 0/31, link 0/17, list 0/1, ordered 0/1, emphasis 0/16
0230: text 0.000; heading 0/17, link 0/47, list 0/10, ordered 0/10, math 0/6, emphasis 0/58
0231: text 0.000; heading 0/35, table 0/77, link 0/15, list 0/151, emphasis 0/86
0232: text 0.000; heading 0/12, table 0/18, link 0/19, list 0/17, ordered 0/6, emphasis 0/23
0233: text 0.000; heading 0/34, link 0/16, math 0/2, emphasis 0/5
0234: text 0.000; heading 0/6, list 0/1, ordered 0/1, emphasis 0/27
0235: text 0.000; heading 0/21, link 0/40, emphasis 0/1
0236: text 0.000; heading 0/18, link 0/13, list 0/5, emphasis 0/4
0237: text 0.000; link 0/1
0238: text 0.000; heading 0/17, link 0/8, emphasis 0/16
0239: text 0.000; heading 0/46, link 0/1, list 0/147, ordered 0/147, emphasis 0/72
0240: text 0.000; heading 0/5
0241: text 0.000; heading 0/1, link 0/10
0242: text 0.000; heading 0/14, table 0/13, link 0/126, math 0/4
0243: text 0.000; heading 0/8, table 0/938, link 0/2, emphasis 0/7
0244: text 0.000; heading 0/17, link 0/51, list 0/69, emphasis 0/73
0245: text 0.000; heading 0/18, link 0/6, list 0/28, math 0/7, emphasis 0/26
0246: text 0.000; heading 0/64, table 0/48, link 0/14, list 0/102, math 0/6, emphasis 0/23
0247: text 0.000; heading 0/2, link 0/3
0248: text 0.000; heading 0/10, link 0/3, list 0/5, ordered 0/5
0249: text 0.000; heading 0/14, link 0/19, list 0/11, emphasis 0/6
0250: text 0.000; heading 0/18, link 0/13, list 0/3, ordered 0/3
0251: text 0.000; heading 0/9, emphasis 0/8
0252: text 0.000; heading 0/26, table 0/30, link 0/4, list 0/6, ordered 0/2, math 0/7, emphasis 0/35
0253: text 0.000; heading 0/21, link 0/40, list 0/35, ordered 0/2, emphasis 0/45
0254: text 0.000; heading 0/7, link 0/18, list 0/31, ordered 0/14, emphasis 0/15
0255: text 0.000; heading 0/6, link 0/4
0256: text 0.000; heading 0/29, link 0/10
0257: text 0.000; heading 0/19, table 0/100, link 0/4, list 0/5
0258: text 0.000; heading 0/10, link 0/1, list 0/12, emphasis 0/3
0259: text 0.000; link 0/10
0260: text 0.000; link 0/12, math 0/4
0261: text 0.000; heading 0/25, link 0/46, math 0/3, emphasis 0/57
0262: text 0.000; heading 0/16, table 0/135, link 0/7, math 0/7, emphasis 0/21
0263: text 0.000; heading 0/17, link 0/13, list 0/41, ordered 0/9, emphasis 0/43
0264: text 0.000; heading 0/18, link 0/2
0265: text 0.000; heading 0/1, link 0/20, emphasis 0/19
0266: text 0.000; heading 0/10, link 0/33
0267: text 0.000; heading 0/44, link 0/22, emphasis 0/1
0268: text 0.000; heading 0/20, table 0/81, link 0/34, math 0/12, emphasis 0/42
0269: text 0.000; heading 0/19, link 0/7
0270: text 0.000; heading 0/8, link 0/15, emphasis 0/27
0271: text 0.000; heading 0/36, link 0/16, list 0/1, ordered 0/1, emphasis 0/5
0272: text 0.000; heading 0/7, link 0/11, emphasis 0/2
0273: text 0.000; heading 0/1, table 0/23, math 0/10
0274: text 0.000; heading 0/7, emphasis 0/1
0275: text 0.000; heading 0/1, link 0/16, emphasis 0/3
0276: text 0.000; heading 0/53, link 0/3, math 0/9, emphasis 0/64
0277: text 0.000; heading 0/16, link 0/13, list 0/15, ordered 0/14, emphasis 0/45
0278: text 0.000; heading 0/8, link 0/3, emphasis 0/11
0279: text 0.000; heading 0/3, link 0/7
0280: text 0.000; heading 0/12, link 0/12, emphasis 0/4
0281: text 0.000; heading 0/13, link 0/1, emphasis 0/6
0282: text 0.000; code 0/3, link 0/10, list 0/10, ordered 0/10, emphasis 0/1
0283: text 0.000; heading 0/61, link 0/12, list 0/6, ordered 0/6
0284: text 0.000; emphasis 0/2
0285: text 0.000; link 0/4, emphasis 0/1
0286: text 0.000; heading 0/6, table 0/517, link 0/7, list 0/14, math 0/8, emphasis 0/14
0287: text 0.000; heading 0/1, list 0/28, ordered 0/10, emphasis 0/3
0288: text 0.000; heading 0/59, table 0/33, link 0/18, list 0/58, math 0/2, emphasis 0/9
0289: text 0.000; heading 0/4, emphasis 0/1
0290: text 0.000; heading 0/6, link 0/2, list 0/2
0291: text 0.000; heading 0/22, link 0/13, list 0/30, emphasis 0/23
0292: text 0.000; heading 0/3, link 0/1, list 0/5
0293: text 0.000; heading 0/12, link 0/12, emphasis 0/44
0294: text 0.000; heading 0/4, link 0/8, list 0/22, emphasis 0/15
0295: text 0.000; heading 0/2, link 0/17, list 0/48, math 0/1, emphasis 0/8
0296: text 0.000; 
0297: text 0.000; heading 0/14
0298: text 0.000; heading 0/30, link 0/2, emphasis 0/10
0299: text 0.000; heading 0/19, link 0/39, list 0/9, emphasis 0/4
0300: text 0.000; list 0/1, ordered 0/1, math 0/1, emphasis 0/24
0301: text 0.000; heading 0/24, link 0/28, list 0/115, emphasis 0/66
0302: text 0.000; heading 0/23, link 0/12, list 0/4, emphasis 0/2
0303: text 0.000; heading 0/11, link 0/10, list 0/20, emphasis 0/15
0304: text 0.000; heading 0/17, table 0/52, link 0/15, list 0/40, math 0/40, emphasis 0/27
0305: text 0.000; link 0/5, math 0/1
0306: text 0.000; heading 0/10, link 0/1, list 0/36, emphasis 0/9
0307: text 0.000; link 0/3, math 0/1
0308: text 0.000; heading 0/14, link 0/3, list 0/9, emphasis 0/1
0309: text 0.000; heading 0/4, table 0/18, link 0/10, list 0/20, emphasis 0/4
0310: text 0.000; heading 0/7, list 0/4, emphasis 0/5
0311: text 0.000; heading 0/3, list 0/10, ordered 0/6
0312: text 0.000; heading 0/26, table 0/44, link 0/23, list 0/53, math 0/1, emphasis 0/29
0313: text 0.000; link 0/13, math 0/4
0314: text 0.000; heading 0/26, link 0/43
0315: text 0.000; heading 0/4, link 0/109, list 0/24, ordered 0/24, emphasis 0/50
0316: text 0.000; link 0/11
0317: text 0.000; heading 0/25, link 0/5, list 0/60, emphasis 0/43
0318: text 0.000; heading 0/7, link 0/15, emphasis 0/7
0319: text 0.000; heading 0/4, list 0/1, ordered 0/1
0320: text 0.000; heading 0/13, link 0/2, list 0/2, ordered 0/1, emphasis 0/4
0321: text 0.000; link 0/2, list 0/17, ordered 0/17
0322: text 0.000; heading 0/7, link 0/5, list 0/6, emphasis 0/39
0323: text 0.000; heading 0/10, link 0/47, list 0/6, ordered 0/1, emphasis 0/66
0324: text 0.000; heading 0/15, link 0/8, list 0/3, ordered 0/3
0325: text 0.000; heading 0/20, link 0/28, list 0/29, emphasis 0/7
0326: text 0.000; heading 0/4
0327: text 0.000; heading 0/8, table 0/154, link 0/11, math 0/5, emphasis 0/4
0328: text 0.000; heading 0/12, link 0/18, list 0/8, math 0/39, emphasis 0/96
0329: text 0.000; link 0/9, emphasis 0/12
0330: text 0.000; heading 0/27, link 0/12, list 0/24, ordered 0/3
0331: text 0.000; link 0/2
0332: text 0.000; heading 0/26, link 0/52, list 0/22, ordered 0/10, math 0/8, emphasis 0/80
0333: text 0.000; heading 0/2, link 0/4
0334: text 0.000; heading 0/50, table 0/56, link 0/74, list 0/46, math 0/23, emphasis 0/56
0335: text 0.000; heading 0/20, link 0/1, emphasis 0/11
0336: text 0.000; heading 0/23, link 0/9, emphasis 0/12
0337: text 0.000; heading 0/17
0338: text 0.000; heading 0/8, emphasis 0/2
0339: text 0.000; heading 0/1
0340: text 0.000; heading 0/16, link 0/26, emphasis 0/2
0341: text 0.000; heading 0/8, link 0/11, emphasis 0/1
0342: text 0.000; heading 0/4, link 0/1, emphasis 0/6
0343: text 0.000; heading 0/3, link 0/29, list 0/46, emphasis 0/13
0344: text 0.000; heading 0/5, link 0/10, list 0/8, emphasis 0/7
0345: text 0.000; heading 0/10, link 0/20, emphasis 0/2
0346: text 0.000; heading 0/5, link 0/1, list 0/8
0347: text 0.000; heading 0/28, link 0/44, list 0/5, math 0/8, emphasis 0/98
0348: text 0.000; heading 0/6, link 0/36, list 0/70, emphasis 0/51
0349: text 0.000; heading 0/8, emphasis 0/1
0350: text 0.000; heading 0/7, link 0/2
0351: text 0.000; heading 0/2, list 0/4, emphasis 0/1
0352: text 0.000; heading 0/29, link 0/8, list 0/1, ordered 0/1, math 0/1
0353: text 0.000; heading 0/18, emphasis 0/11
0354: text 0.000; heading 0/18, table 0/36, math 0/16
0355: text 0.000; heading 0/61, link 0/6, math 0/26, emphasis 0/37
0356: text 0.000; heading 0/4, link 0/2, list 0/4, emphasis 0/4
0357: text 0.000; heading 0/24, link 0/14, list 0/57, emphasis 0/50
0358: text 0.000; heading 0/12, table 0/80, link 0/61, emphasis 0/40
0359: text 0.000; heading 0/29, list 0/58, math 0/1
0360: text 0.000; link 0/1, list 0/5, math 0/2, emphasis 0/2
0361: text 0.000; heading 0/5, link 0/13, list 0/26, emphasis 0/15
0362: text 0.000; list 0/5, emphasis 0/1
0363: text 0.000; heading 0/6, link 0/8, emphasis 0/1
0365: text 0.000; link 0/10, list 0/24, emphasis 0/18
0366: text 0.000; heading 0/23, link 0/16, emphasis 0/49
0367: text 0.000; heading 0/5, link 0/11, list 0/5, emphasis 0/1
0368: text 0.000; heading 0/7, link 0/7, list 0/5
0369: text 0.000; heading 0/12, list 0/8, ordered 0/8, math 0/3, emphasis 0/13
0370: text 0.000; emphasis 0/4
0371: text 0.000; link 0/1, list 0/16, math 0/1, emphasis 0/18
0372: text 0.000; heading 0/59, link 0/3, list 0/100, math 0/7, emphasis 0/45
0373: text 0.000; heading 0/6, link 0/1, emphasis 0/2
0374: text 0.000; heading 0/31, link 0/20, list 0/17, emphasis 0/23
0375: text 0.000; heading 0/51, link 0/3, emphasis 0/21
0376: text 0.000; emphasis 0/15
0377: text 0.000; heading 0/4, link 0/1, list 0/30, emphasis 0/2
0378: text 0.000; heading 0/9, link 0/1, list 0/25, ordered 0/5, emphasis 0/25
0379: text 0.000; heading 0/12, link 0/9, list 0/5, emphasis 0/33
0380: text 0.000; link 0/1, emphasis 0/1
0381: text 0.000; heading 0/10, emphasis 0/26
0382: text 0.000; heading 0/4, link 0/3
0383: text 0.000; heading 0/23, link 0/1, list 0/32, ordered 0/17, emphasis 0/79
0384: text 0.000; link 0/4, emphasis 0/20
0385: text 0.000; heading 0/1, link 0/1, emphasis 0/2
0386: text 0.000; list 0/2
0387: text 0.000; heading 0/1, link 0/14, math 0/1, emphasis 0/3
0388: text 0.000; list 0/1, emphasis 0/10
0389: text 0.000; heading 0/10, table 0/73, link 0/53, list 0/180, ordered 0/4, emphasis 0/11
0390: text 0.000; heading 0/18, table 0/30, link 0/41, list 0/14, emphasis 0/25
0391: text 0.000; heading 0/7, link 0/18, emphasis 0/1
0392: text 0.000; 
0393: text 0.000; link 0/1, emphasis 0/1
0394: text 0.000; emphasis 0/7
0395: text 0.000; 
0396: text 0.000; link 0/1
0397: text 0.000; heading 0/11, table 0/28, list 0/14, ordered 0/10, emphasis 0/78
0398: text 0.000; heading 0/7, link 0/3, list 0/7, emphasis 0/44
0399: text 0.000; 
0400: text 0.000; heading 0/1, link 0/16, list 0/3, emphasis 0/13
0401: text 0.000; heading 0/9, link 0/3, emphasis 0/20
0402: text 0.000; heading 0/2, link 0/22, emphasis 0/41
0403: text 0.000; link 0/1, emphasis 0/3
0404: text 0.000; heading 0/6, link 0/8, math 0/1, emphasis 0/20
0405: text 0.000; math 0/5, emphasis 0/22
0406: text 0.000; heading 0/6, link 0/27, emphasis 0/22
0407: text 0.000; heading 0/12, link 0/24, list 0/4, emphasis 0/36
0408: text 0.000; heading 0/11, link 0/3, emphasis 0/23
0410: text 0.000; heading 0/11, link 0/20, list 0/9, ordered 0/2, emphasis 0/21
0411: text 0.000; heading 0/6, link 0/4, emphasis 0/5
0412: text 0.000; heading 0/8, link 0/6
0413: text 0.000; link 0/7
0414: text 0.000; heading 0/13, link 0/7, emphasis 0/10
0415: text 0.000; heading 0/25, code 0/3, table 0/19, link 0/32, list 0/31, math 0/2, emphasis 0/351
0416: text 0.000; link 0/8, emphasis 0/6
0417: text 0.000; link 0/14, emphasis 0/34
0418: text 0.000; link 0/4, emphasis 0/3
0419: text 0.000; heading 0/8, link 0/2, list 0/33, emphasis 0/46
0420: text 0.000; link 0/1
0421: text 0.000; link 0/9, list 0/7, math 0/1, emphasis 0/3
0422: text 0.000; heading 0/6, link 0/13, list 0/8
0423: text 0.000; link 0/1, emphasis 0/5
0424: text 0.000; heading 0/6, table 0/115, link 0/134, emphasis 0/14
0425: text 0.000; heading 0/14, link 0/4, list 0/6, ordered 0/6, emphasis 0/6
0426: text 0.000; heading 0/16, code 0/9, link 0/3, list 0/5, emphasis 0/12
0427: text 0.000; heading 0/4, list 0/19, ordered 0/6
0428: text 0.000; heading 0/4, link 0/15, emphasis 0/9
0429: text 0.000; heading 0/13, table 0/12, link 0/6, list 0/14, ordered 0/2, emphasis 0/30
0430: text 0.000; heading 0/10, link 0/71, list 0/2, ordered 0/2, emphasis 0/33
0431: text 0.000; heading 0/4, link 0/1, list 0/3, ordered 0/3, math 0/20, emphasis 0/14
0432: text 0.000; heading 0/6, link 0/110, emphasis 0/2
0433: text 0.000; heading 0/13, link 0/16, list 0/30, emphasis 0/17
0434: text 0.000; heading 0/10, link 0/1, emphasis 0/4
0435: text 0.000; code 0/1, link 0/17, emphasis 0/16
0436: text 0.000; heading 0/7, link 0/3, list 0/31, ordered 0/7, emphasis 0/20
0437: text 0.000; link 0/7, list 0/5, emphasis 0/1
0438: text 0.000; heading 0/5, link 0/19, list 0/6, emphasis 0/9
0439: text 0.000; heading 0/32, list 0/13, ordered 0/9, emphasis 0/32
0440: text 0.000; heading 0/23, link 0/10, list 0/8, emphasis 0/95
0441: text 0.000; heading 0/12, list 0/21, ordered 0/5
0442: text 0.000; link 0/1, emphasis 0/3
0443: text 0.000; heading 0/9, code 0/19, table 0/15, link 0/4, list 0/30, emphasis 0/21
0444: text 0.000; link 0/3, list 0/6, ordered 0/6, emphasis 0/7
0446: text 0.000; heading 0/13, code 0/6, link 0/5, list 0/5, ordered 0/2, emphasis 0/21
0447: text 0.000; link 0/5
0448: text 0.000; heading 0/6, link 0/4, list 0/3, ordered 0/3, emphasis 0/29
0449: text 0.000; heading 0/8, code 0/4, table 0/15, link 0/12, list 0/19, ordered 0/4, emphasis 0/16
0450: text 0.000; heading 0/3, link 0/6, emphasis 0/27
0451: text 0.000; heading 0/2, link 0/4, emphasis 0/9
0452: text 0.000; heading 0/5, link 0/16, emphasis 0/1
0453: text 0.000; heading 0/5, link 0/3, emphasis 0/32
0454: text 0.000; heading 0/2, link 0/4, list 0/2, emphasis 0/2
0455: text 0.000; heading 0/11, link 0/5, list 0/9, emphasis 0/6
0456: text 0.000; 
0457: text 0.000; 
0458: text 0.000; link 0/1, emphasis 0/11
0459: text 0.000; heading 0/6, link 0/1, list 0/19, emphasis 0/1
0460: text 0.000; heading 0/13, link 0/14, list 0/5, emphasis 0/10
0461: text 0.000; heading 0/3, link 0/12, emphasis 0/16
0462: text 0.000; heading 0/4, link 0/34, emphasis 0/2
0463: text 0.000; link 0/4, emphasis 0/5
0464: text 0.000; heading 0/4, link 0/1, list 0/14, emphasis 0/22
0465: text 0.000; heading 0/10
0466: text 0.000; link 0/2, list 0/5, emphasis 0/9
0467: text 0.000; heading 0/24, table 0/54, link 0/11, list 0/7, ordered 0/7, emphasis 0/62
0468: text 0.000; heading 0/1, link 0/5, list 0/4, ordered 0/4, emphasis 0/8
0469: text 0.000; link 0/2, emphasis 0/18
0470: text 0.000; heading 0/5, link 0/54, emphasis 0/56
0471: text 0.000; link 0/1, list 0/3, emphasis 0/12
0472: text 0.000; heading 0/10, code 0/3, link 0/37, list 0/39, ordered 0/35, emphasis 0/49
0473: text 0.000; heading 0/7, link 0/3
0474: text 0.000; link 0/26, emphasis 0/13
0475: text 0.000; heading 0/10, emphasis 0/2
0476: text 0.000; heading 0/6, link 0/2, list 0/6, ordered 0/6, emphasis 0/78
0477: text 0.000; link 0/7, math 0/3, emphasis 0/2
0478: text 0.000; link 0/5, emphasis 0/8
0479: text 0.000; emphasis 0/27
0480: text 0.000; emphasis 0/5
0481: text 0.000; link 0/4, list 0/4, emphasis 0/11
0482: text 0.000; heading 0/7, link 0/13, list 0/9, ordered 0/8
0483: text 0.000; heading 0/8, link 0/6, list 0/7
0484: text 0.000; heading 0/5, link 0/2, math 0/2, emphasis 0/7
0485: text 0.000; 
0486: text 0.000; link 0/4, list 0/8
0487: text 0.000; heading 0/2, emphasis 0/2
0488: text 0.000; heading 0/5, link 0/8, list 0/28, emphasis 0/3
0489: text 0.000; heading 0/8, link 0/21, list 0/7, math 0/1, emphasis 0/32
0490: text 0.000; heading 0/3, list 0/6, emphasis 0/3
0491: text 0.000; link 0/14, list 0/14, ordered 0/2, emphasis 0/3
0493: text 0.000; heading 0/12, code 0/7, table 0/18, link 0/4, list 0/22, ordered 0/3, emphasis 0/35
0494: text 0.000; heading 0/7, link 0/14, list 0/12, ordered 0/7, emphasis 0/10
0495: text 0.000; link 0/6, list 0/2, emphasis 0/6
0496: text 0.000; heading 0/17, link 0/3, list 0/39, ordered 0/14, emphasis 0/35
0497: text 0.000; heading 0/10, link 0/1, list 0/61, ordered 0/22, math 0/6, emphasis 0/71
0498: text 0.000; heading 0/8, code 0/5, link 0/7, list 0/3, emphasis 0/10
0499: text 0.000; heading 0/2, link 0/12, emphasis 0/1
0500: text 0.000; heading 0/1, link 0/1
0501: text 0.000; list 0/3, ordered 0/3, emphasis 0/1
0502: text 0.000; code 0/1, link 0/2, list 0/13, ordered 0/7, emphasis 0/26
0503: text 0.000; 
0504: text 0.000; link 0/1, emphasis 0/5
0505: text 0.000; link 0/1, emphasis 0/16
0506: text 0.000; heading 0/1, code 0/5, link 0/1, list 0/10
0507: text 0.000; list 0/30, ordered 0/2, math 0/3, emphasis 0/4
0508: text 0.000; list 0/4
0509: text 0.000; link 0/1, emphasis 0/1
0510: text 0.000; code 0/1, link 0/2
0511: text 0.000; 
0512: text 0.000; list 0/10, ordered 0/10, emphasis 0/51
0513: text 0.000; heading 0/1, link 0/5
0514: text 0.000; heading 0/1, link 0/3, emphasis 0/2
0515: text 0.000; link 0/2, list 0/4
0516: text 0.000; 
0517: text 0.000; heading 0/13, link 0/12, math 0/1, emphasis 0/2
0518: text 0.000; link 0/5
0519: text 0.000; link 0/11
0520: text 0.000; 
0521: text 0.000; heading 0/20, math 0/4, emphasis 0/1
0522: text 0.000; heading 0/8, link 0/23, emphasis 0/1
0523: text 0.000; heading 0/13, table 0/174, emphasis 0/45
0524: text 0.000; link 0/2, emphasis 0/2
0525: text 0.000; link 0/2
0526: text 0.000; math 0/1
0527: text 0.000; link 0/8, emphasis 0/11
0528: text 0.000; link 0/21, math 0/1, emphasis 0/1
0529: text 0.000; link 0/1, list 0/10
0530: text 0.000; link 0/1
0531: text 0.000; 
0532: text 0.000; heading 0/12
0533: text 0.000; link 0/18, emphasis 0/7
0534: text 0.000; 
0535: text 0.000; code 0/5, link 0/2, emphasis 0/1
0536: text 0.000; link 0/16, emphasis 0/2
0537: text 0.000; heading 0/20, link 0/9, emphasis 0/4
0538: text 0.000; link 0/3, math 0/10, emphasis 0/12
0540: text 0.000; link 0/13, emphasis 0/2
0541: text 0.000; heading 0/1, link 0/2, emphasis 0/3
0543: text 0.000; 
0544: text 0.000; link 0/3, list 0/2, emphasis 0/7
0545: text 0.000; heading 0/6, link 0/7, emphasis 0/2
0546: text 0.000; link 0/1
0547: text 0.000; link 0/1, emphasis 0/3
0548: text 0.000; 
0549: text 0.000; heading 0/1, link 0/12, list 0/1, emphasis 0/6
0550: text 0.000; heading 0/4, link 0/14, math 0/2, emphasis 0/24
0551: text 0.000; 
0552: text 0.000; link 0/16, emphasis 0/9
0553: text 0.000; link 0/41
0554: text 0.000; link 0/1
0555: text 0.000; link 0/26, list 0/2, emphasis 0/27
0556: text 0.000; heading 0/4, link 0/7, emphasis 0/2
0557: text 0.000; heading 0/28
0558: text 0.000; link 0/7, list 0/1, emphasis 0/3
0559: text 0.000; heading 0/1, link 0/3, emphasis 0/6
0560: text 0.000; link 0/13, list 0/5, ordered 0/5, emphasis 0/7
0561: text 0.000; heading 0/1, link 0/1
0562: text 0.000; link 0/37, emphasis 0/1
0563: text 0.000; heading 0/1
0564: text 0.000; heading 0/2, code 0/2, link 0/18, list 0/7, emphasis 0/223
0565: text 0.000; heading 0/1, code 0/1, link 0/3, list 0/2, emphasis 0/3
0566: text 0.000; heading 0/1, link 0/2, list 0/8, emphasis 0/8
0567: text 0.000; heading 0/8, code 0/20, link 0/22, list 0/3, emphasis 0/59
0569: text 0.000; link 0/8
0570: text 0.000; link 0/5, list 0/15, ordered 0/15, emphasis 0/1
0573: text 0.000; heading 0/9, link 0/48, list 0/26, emphasis 0/3
0574: text 0.000; emphasis 0/13
0575: text 0.000; link 0/1, emphasis 0/15
0576: text 0.000; emphasis 0/38
0577: text 0.000; heading 0/1, link 0/1
0578: text 0.000; 
0579: text 0.000; list 0/6, math 0/1
0580: text 0.000; heading 0/8, link 0/1
0581: text 0.000; heading 0/1
0582: text 0.000; 
0583: text 0.000; heading 0/1, emphasis 0/2
0584: text 0.000; heading 0/2
0586: text 0.000; heading 0/2
0587: text 0.000; heading 0/3
0588: text 0.000; heading 0/7, link 0/3, list 0/19
0589: text 0.000; heading 0/8
0590: text 0.000; heading 0/18, link 0/2, list 0/3, ordered 0/3, emphasis 0/1
0591: text 0.000; heading 0/5, list 0/25
0592: text 0.000; heading 0/1, link 0/2, emphasis 0/3
0593: text 0.000; heading 0/1, emphasis 0/4
0594: text 0.000; heading 0/5, list 0/8, emphasis 0/3
0595: text 0.000; heading 0/3, list 0/14
0596: text 0.000; heading 0/15, emphasis 0/3
0597: text 0.000; heading 0/1
0598: text 0.000; link 0/1
0599: text 0.000; heading 0/1, link 0/1, list 0/2
0600: text 0.000; heading 0/2, table 0/8, list 0/6
0601: text 0.000; heading 0/8
0603: text 0.000; list 0/4
0604: text 0.000; 
0605: text 0.000; heading 0/11, link 0/4, emphasis 0/1
0606: text 0.000; heading 0/4
0607: text 0.000; 
0608: text 0.000; heading 0/5, table 0/20, link 0/1, list 0/13, emphasis 0/20
0609: text 0.000; heading 0/9
0610: text 0.000; heading 0/1
0611: text 0.000; link 0/2, list 0/7, emphasis 0/4
0612: text 0.000; heading 0/3, table 0/46
0613: text 0.000; heading 0/4, link 0/3, list 0/4
0614: text 0.000; heading 0/9, link 0/89, list 0/47
0615: text 0.000; heading 0/1
0616: text 0.000; heading 0/2, link 0/2
0617: text 0.000; heading 0/2, link 0/1
0619: text 0.000; heading 0/1, emphasis 0/1
0620: text 0.000; heading 0/1
0621: text 0.000; heading 0/8, table 0/12
0622: text 0.000; heading 0/7
0624: text 0.000; heading 0/7
0625: text 0.000; heading 0/4, list 0/1
0626: text 0.000; emphasis 0/5
0627: text 0.000; list 0/19
0628: text 0.000; heading 0/3, table 0/34
0629: text 0.000; link 0/1, math 0/1, emphasis 0/2
0631: text 0.000; heading 0/2, link 0/1
0632: text 0.000; 
0633: text 0.000; heading 0/2, link 0/15
0634: text 0.000; heading 0/1, list 0/5
0635: text 0.000; heading 0/2, link 0/14
0637: text 0.000; heading 0/1, link 0/7
0638: text 0.000; link 0/20
0639: text 0.000; heading 0/15, link 0/16, list 0/6
0640: text 0.000; heading 0/1, link 0/118, list 0/1
0641: text 0.000; heading 0/19, link 0/4, list 0/5
0642: text 0.000; heading 0/22, link 0/11, list 0/16, emphasis 0/1
0643: text 0.000; heading 0/1, link 0/32
0644: text 0.000; heading 0/11, link 0/38, emphasis 0/16
0645: text 0.000; heading 0/11, link 0/10, list 0/10, emphasis 0/27
0646: text 0.000; heading 0/3, list 0/6
0647: text 0.000; heading 0/1, link 0/11, list 0/6, emphasis 0/7
0648: text 0.000; heading 0/5, link 0/15
0649: text 0.000; link 0/30, emphasis 0/4
0650: text 0.000; heading 0/8, link 0/37
0651: text 0.000; heading 0/16, link 0/51
0652: text 0.000; heading 0/78
0653: text 0.000; heading 0/6, link 0/111
0654: text 0.000; heading 0/3, link 0/40, list 0/39
0655: text 0.000; heading 0/15, link 0/43, emphasis 0/13
0656: text 0.000; link 0/16, list 0/13, math 0/4
0658: text 0.000; math 0/1
0659: text 0.000; heading 0/68, link 0/13, list 0/1
0660: text 0.000; heading 0/7, link 0/1, list 0/6, emphasis 0/3
0661: text 0.000; heading 0/15, link 0/73, emphasis 0/343
0662: text 0.000; heading 0/24, code 0/36, table 0/10, link 0/11, emphasis 0/3
0663: text 0.000; code 0/4, link 0/13, list 0/3, emphasis 0/584
0664: text 0.000; link 0/24, emphasis 0/183
0665: text 0.000; heading 0/24, code 0/8, link 0/10, list 0/69, emphasis 0/107
0666: text 0.000; heading 0/2, table 0/19, link 0/5, list 0/71, ordered 0/2, emphasis 0/240
0667: text 0.000; code 0/14, link 0/3, list 0/12, emphasis 0/164
0668: text 0.000; heading 0/16, code 0/24, link 0/22, list 0/1, emphasis 0/12
0669: text 0.000; heading 0/1, link 0/7, list 0/7, emphasis 0/8
0670: text 0.000; heading 0/5, code 0/18, link 0/26, list 0/3, emphasis 0/850
0671: text 0.000; code 0/5, link 0/35, list 0/1, emphasis 0/397
0672: text 0.000; heading 0/15, code 0/20, table 0/4, link 0/96, emphasis 0/70
0673: text 0.000; heading 0/10, code 0/1, link 0/20, emphasis 0/369
0674: text 0.000; link 0/4, list 0/6, emphasis 0/238
0675: text 0.000; heading 0/17, code 0/2, link 0/35, list 0/13, emphasis 0/35
0676: text 0.000; heading 0/6, link 0/7
0677: text 0.000; heading 0/3, link 0/17, list 0/3, emphasis 0/5
0678: text 0.000; code 0/5, link 0/3, emphasis 0/17
0679: text 0.000; heading 0/1, link 0/56, emphasis 0/493
0680: text 0.000; link 0/11, math 0/2, emphasis 0/41
0681: text 0.000; heading 0/8, table 0/1, link 0/12, list 0/5, math 0/1, emphasis 0/383
0682: text 0.000; heading 0/24, code 0/13, link 0/33, math 0/5, emphasis 0/47
0683: text 0.000; heading 0/41, code 0/4, table 0/20, link 0/240, list 0/12, emphasis 0/107
0684: text 0.000; heading 0/1, code 0/3, table 0/6, link 0/5, list 0/5, emphasis 0/19
0685: text 0.000; heading 0/22, link 0/54, list 0/4, emphasis 0/128
0686: text 0.000; heading 0/60, table 0/149, link 0/29, emphasis 0/1107
0687: text 0.000; heading 0/1, link 0/18, list 0/6, emphasis 0/44
0688: text 0.000; heading 0/13, code 0/15, link 0/19, list 0/9, emphasis 0/369
0689: text 0.000; heading 0/13, code 0/10, link 0/1, list 0/16, ordered 0/7, emphasis 0/780
0690: text 0.000; heading 0/24, link 0/13, list 0/22, math 0/1
0691: text 0.000; heading 0/37, link 0/59, emphasis 0/1
0692: text 0.000; heading 0/6, link 0/2, emphasis 0/7
0693: text 0.000; link 0/13
0694: text 0.000; heading 0/30, list 0/4, emphasis 0/1
0695: text 0.000; link 0/6, emphasis 0/8
0696: text 0.000; heading 0/20, link 0/2, emphasis 0/2
0697: text 0.000; link 0/7
0698: text 0.000; heading 0/30, link 0/3
0699: text 0.000; heading 0/20, table 0/18, link 0/13, list 0/4, emphasis 0/6
0700: text 0.000; heading 0/13, link 0/3
0701: text 0.000; heading 0/15, link 0/138, list 0/83, emphasis 0/6
0702: text 0.000; heading 0/22, link 0/5, emphasis 0/2
0703: text 0.000; link 0/15
0704: text 0.000; heading 0/32, table 0/84, link 0/18, emphasis 0/4
0706: text 0.000; heading 0/4, link 0/39, list 0/45
0707: text 0.000; heading 0/21, link 0/53, list 0/6, ordered 0/5, emphasis 0/15
0708: text 0.000; heading 0/11, code 0/3, link 0/37, list 0/1, math 0/2, emphasis 0/11
0709: text 0.000; heading 0/29, link 0/3, emphasis 0/2
0710: text 0.000; heading 0/19, link 0/1, emphasis 0/2
0711: text 0.000; heading 0/37, link 0/10, list 0/1, ordered 0/1, emphasis 0/9
0712: text 0.000; heading 0/7, link 0/31, list 0/4, emphasis 0/17
0713: text 0.000; heading 0/29, link 0/14, emphasis 0/3
0714: text 0.000; heading 0/20, list 0/8
0715: text 0.000; heading 0/22, link 0/3
0716: text 0.000; link 0/7, list 0/6, ordered 0/6
0717: text 0.000; heading 0/4, link 0/2
0718: text 0.000; heading 0/64, link 0/2
0719: text 0.000; heading 0/18, link 0/3, list 0/3, ordered 0/3, emphasis 0/7
0729: text 0.000; link 0/15
0767: text 0.000; link 0/12, math 0/4
0781: text 0.000; link 0/1
0823: text 0.000; heading 0/14, table 0/19, link 0/16, list 0/23, math 0/4, emphasis 0/12
0847: text 0.000; heading 0/1, link 0/40, list 0/40, ordered 0/40
0898: text 0.000; heading 0/20, link 0/1
0956: text 0.000; link 0/48, math 0/1
1054: text 0.000; heading 0/30
1056: text 0.000; heading 0/5, link 0/2
1066: text 0.000; math 0/1
1069: text 0.000; link 0/10, emphasis 0/5
1087: text 0.000; heading 0/2, link 0/4, emphasis 0/2
1126: text 0.000; heading 0/1, link 0/11
1142: text 0.000; heading 0/17, link 0/7, list 0/3
1177: text 0.000; list 0/3, ordered 0/3
1222: text 0.000; heading 0/18, list 0/8
1310: text 0.000; heading 0/1, link 0/18, math 0/1
1350: text 0.000; math 0/3
1371: text 0.000; heading 0/1, link 0/8, math 0/8
1377: text 0.000; heading 0/1, list 0/4, emphasis 0/2
1396: text 0.000; heading 0/30, link 0/73, list 0/135, ordered 0/48, math 0/6, emphasis 0/115
1405: text 0.000; link 0/83, emphasis 0/125
1435: text 0.000; heading 0/23
1442: text 0.000; heading 0/5, link 0/13
1476: text 0.000; heading 0/17, link 0/25, list 0/81, ordered 0/1, emphasis 0/47
1520: text 0.000; heading 0/25, emphasis 0/5
1572: text 0.000; 
1579: text 0.000; link 0/4, list 0/1, ordered 0/1, emphasis 0/7
1591: text 0.000; link 0/7, list 0/6, ordered 0/6, math 0/1
1628: text 0.000; heading 0/31, link 0/26, list 0/252, ordered 0/55, math 0/17, emphasis 0/179
1647: text 0.000; heading 0/10, link 0/3
1651: text 0.000; heading 0/6, link 0/4, emphasis 0/18
1657: text 0.000; heading 0/28, table 0/434, link 0/9, list 0/14, ordered 0/8, math 0/82, emphasis 0/34
1658: text 0.000; link 0/1, emphasis 0/5
1674: text 0.000; heading 0/1, math 0/1, emphasis 0/1
1708: text 0.000; heading 0/4, list 0/7, ordered 0/7, emphasis 0/78
1764: text 0.000; list 0/6
1766: text 0.000; heading 0/17, table 0/24, link 0/82, list 0/80, emphasis 0/82
1781: text 0.000; link 0/1, emphasis 0/8
1788: text 0.000; link 0/6, emphasis 0/20
1789: text 0.000; heading 0/35, link 0/12, list 0/1, ordered 0/1, emphasis 0/14
1795: text 0.000; link 0/8
1806: text 0.000; heading 0/4, emphasis 0/1
1821: text 0.000; heading 0/26, table 0/72, link 0/70, list 0/9, emphasis 0/27
1837: text 0.000; link 0/22, math 0/1, emphasis 0/2
1974: text 0.000; heading 0/28, link 0/5, list 0/5, emphasis 0/9
1976: text 0.000; emphasis 0/1
2018: text 0.000; link 0/20, list 0/30, ordered 0/2, emphasis 0/17
2020: text 0.000; heading 0/31, link 0/7, math 0/1, emphasis 0/30
2035: text 0.000; heading 0/14, link 0/4, list 0/1, ordered 0/1, emphasis 0/13
2081: text 0.000; emphasis 0/5
2102: text 0.000; heading 0/20, link 0/58, list 0/9, emphasis 0/6
2111: text 0.000; heading 0/3, link 0/1
2157: text 0.000; heading 0/1, link 0/1, list 0/3
2201: text 0.000; link 0/1, emphasis 0/14
2218: text 0.000; heading 0/21, table 0/63, link 0/14, list 0/159, ordered 0/8, math 0/2, emphasis 0/154
2235: text 0.000; link 0/13, emphasis 0/4
2269: text 0.000; link 0/39, list 0/4, emphasis 0/13
2301: text 0.000; heading 0/22, link 0/70, list 0/129, ordered 0/46, emphasis 0/45
2362: text 0.000; heading 0/18, link 0/5, emphasis 0/3
2381: text 0.000; heading 0/13, link 0/59, list 0/52, ordered 0/8, emphasis 0/18
2393: text 0.000; heading 0/1, link 0/1, list 0/4, emphasis 0/4
2414: text 0.000; heading 0/9, link 0/23, emphasis 0/84
2453: text 0.000; link 0/22, math 0/1, emphasis 0/117
2498: text 0.000; link 0/51, list 0/1, math 0/1, emphasis 0/9
2534: text 0.000; heading 0/4, code 0/1, table 0/22, link 0/36, emphasis 0/9
2645: text 0.000; heading 0/3, link 0/19
2660: text 0.000; heading 0/10, link 0/3, list 0/3, emphasis 0/4
2684: text 0.000; heading 0/22, code 0/7, table 0/6, link 0/20, list 0/71, emphasis 0/76
2722: text 0.000; heading 0/8, link 0/40, list 0/40
2740: text 0.000; heading 0/5, link 0/1, list 0/19, math 0/2
2789: text 0.000; heading 0/14, code 0/1, link 0/13, list 0/6, math 0/1, emphasis 0/110
2797: text 0.000; emphasis 0/1
2825: text 0.000; heading 0/6, link 0/5, list 0/14, emphasis 0/26
2826: text 0.000; link 0/6, list 0/20, ordered 0/15, emphasis 0/18
2827: text 0.000; heading 0/1, link 0/1, math 0/7, emphasis 0/4
2828: text 0.000; emphasis 0/4
2831: text 0.000; heading 0/12, link 0/4, emphasis 0/4
2832: text 0.000; heading 0/2
2833: text 0.000; heading 0/7
2834: text 0.000; heading 0/3, emphasis 0/1
2835: text 0.000; heading 0/15, link 0/1, math 0/1, emphasis 0/1
2836: text 0.000; heading 0/8, list 0/25
2837: text 0.000; heading 0/11, link 0/1, list 0/20, emphasis 0/5
2838: text 0.000; heading 0/23
2839: text 0.000; heading 0/11, link 0/18, list 0/23
2841: text 0.000; heading 0/6, list 0/12, emphasis 0/3
2842: text 0.000; heading 0/4, link 0/27, list 0/6
2843: text 0.000; heading 0/16, link 0/12, list 0/48, emphasis 0/6
2844: text 0.000; heading 0/4
2845: text 0.000; heading 0/13, list 0/12
2846: text 0.000; heading 0/6
2847: text 0.000; heading 0/11, link 0/2, math 0/2, emphasis 0/2
2848: text 0.000; heading 0/18, link 0/1, math 0/1
2849: text 0.000; heading 0/6, link 0/6
2850: text 0.000; heading 0/4, link 0/9, list 0/12, ordered 0/4, emphasis 0/8
2851: text 0.000; heading 0/14, link 0/3, list 0/1
2852: text 0.000; heading 0/4
2853: text 0.000; heading 0/17, code 0/2, link 0/26, list 0/15, ordered 0/3, math 0/1, emphasis 0/100
2854: text 0.000; heading 0/16, link 0/39, list 0/37, emphasis 0/72
2855: text 0.000; heading 0/19, table 0/39, link 0/63, list 0/14, ordered 0/5, emphasis 0/64
2856: text 0.000; heading 0/6, link 0/26, list 0/18, ordered 0/7, math 0/2, emphasis 0/58
2857: text 0.000; link 0/20, emphasis 0/63
2858: text 0.000; link 0/39, emphasis 0/82
2859: text 0.000; heading 0/14, code 0/14, table 0/50, link 0/122, list 0/15, emphasis 0/254
2860: text 0.000; heading 0/7, code 0/21, emphasis 0/45
2861: text 0.000; heading 0/2, code 0/15, link 0/2, emphasis 0/55
2862: text 0.000; code 0/4, emphasis 0/2
2863: text 0.000; heading 0/15, code 0/10, list 0/14, ordered 0/10, emphasis 0/134
2864: text 0.000; link 0/17, emphasis 0/1
2865: text 0.000; heading 0/21, link 0/70, list 0/39, ordered 0/2
2866: text 0.000; heading 0/38, code 0/19, table 0/8, list 0/21, emphasis 0/84
2867: text 0.000; heading 0/3, link 0/2, list 0/8, ordered 0/4
2868: text 0.000; heading 0/7, link 0/9, list 0/13, ordered 0/3, emphasis 0/27
2869: text 0.000; heading 0/3, link 0/5, list 0/4, emphasis 0/33
2870: text 0.000; heading 0/4, code 0/5, link 0/20, list 0/4, math 0/1, emphasis 0/109
2871: text 0.000; code 0/7, link 0/86, list 0/17, emphasis 0/253
2872: text 0.000; heading 0/10, link 0/9, list 0/37, math 0/9, emphasis 0/169
2873: text 0.000; heading 0/7, code 0/16, link 0/5, list 0/38, emphasis 0/171
2874: text 0.000; heading 0/3, code 0/19, link 0/15, emphasis 0/5
2875: text 0.000; link 0/64, list 0/45, ordered 0/9, emphasis 0/18
2876: text 0.000; heading 0/9, link 0/4, emphasis 0/18
2878: text 0.000; heading 0/5, link 0/12, list 0/9, emphasis 0/3
2879: text 0.000; heading 0/40, link 0/10, list 0/84, math 0/1, emphasis 0/505
2888: text 0.000; heading 0/3, link 0/3
2889: text 0.000; heading 0/4, table 0/34, link 0/2, list 0/10, emphasis 0/1
2890: text 0.000; heading 0/5, table 0/49, link 0/2, list 0/16
2891: text 0.000; heading 0/21, link 0/87, list 0/14, math 0/2, emphasis 0/30
2893: text 0.000; heading 0/5, list 0/23, emphasis 0/1
2894: text 0.000; heading 0/5, list 0/11
2897: text 0.000; heading 0/20
2898: text 0.000; heading 0/6, table 0/7, list 0/1
2899: text 0.000; link 0/3, list 0/4, math 0/1
2900: text 0.000; link 0/10
2901: text 0.000; heading 0/11, link 0/43
2902: text 0.000; 
2903: text 0.000; heading 0/40, link 0/23
2904: text 0.000; heading 0/26, link 0/37, list 0/676
2905: text 0.000; heading 0/4, link 0/1085, emphasis 0/6
2907: text 0.000; link 0/25
2908: text 0.000; link 0/175, list 0/100, ordered 0/100
2909: text 0.000; heading 0/1, link 0/22
2910: text 0.000; link 0/27
2911: text 0.000; link 0/91, list 0/30, ordered 0/30, math 0/2
2913: text 0.000; link 0/23
2914: text 0.000; heading 0/1, link 0/12
2916: text 0.000; heading 0/2, link 0/295, list 0/5
2917: text 0.000; heading 0/1, link 0/27, list 0/11
2918: text 0.000; heading 0/1, table 0/448, link 0/3, list 0/13, emphasis 0/1
2919: text 0.000; 
2920: text 0.000; heading 0/2, link 0/45, list 0/18, emphasis 0/29
2922: text 0.000; heading 0/2, link 0/58, list 0/30, emphasis 0/22
2923: text 0.000; heading 0/30, math 0/4
2925: text 0.000; heading 0/5, link 0/10
2926: text 0.000; heading 0/15, link 0/7, list 0/3
2927: text 0.000; heading 0/7, link 0/24, list 0/14
2934: text 0.000; heading 0/76, emphasis 0/1
2935: text 0.000; heading 0/18, link 0/52, emphasis 0/21
2936: text 0.000; list 0/54
2947: text 0.000; heading 0/1, list 0/18
2951: text 0.000; heading 0/6, link 0/18, list 0/10, math 0/14, emphasis 0/4
2952: text 0.000; heading 0/11, link 0/117, list 0/15, math 0/13, emphasis 0/6
2953: text 0.000; heading 0/12, link 0/9, list 0/9, math 0/1, emphasis 0/11
2954: text 0.000; heading 0/12, link 0/9, list 0/20, math 0/6, emphasis 0/3
2955: text 0.000; heading 0/28, link 0/4, list 0/79, math 0/1
2960: text 0.000; heading 0/9
2961: text 0.000; heading 0/49
2962: text 0.000; heading 0/48, link 0/6
2965: text 0.000; heading 0/61, link 0/24, list 0/20
2967: text 0.000; heading 0/9
2968: text 0.000; heading 0/22, link 0/1
2969: text 0.000; heading 0/7, link 0/126, list 0/23, math 0/1, emphasis 0/19
2970: text 0.000; heading 0/35, link 0/29, list 0/29, emphasis 0/1
2971: text 0.000; heading 0/32, emphasis 0/1
2972: text 0.000; heading 0/7, link 0/4
2973: text 0.000; heading 0/3, link 0/86, list 0/14
2974: text 0.000; link 0/43
2976: text 0.000; heading 0/12, link 0/6
2981: text 0.000; heading 0/12, table 0/8, list 0/4
2982: text 0.000; heading 0/11, table 0/8, list 0/6
2985: text 0.000; heading 0/6, list 0/17
2990: text 0.000; heading 0/8, link 0/1, list 0/10, emphasis 0/1
2991: text 0.000; heading 0/1
2992: text 0.000; heading 0/20, link 0/49, list 0/18, emphasis 0/119
2993: text 0.000; heading 0/8, link 0/17, list 0/5, emphasis 0/22
2994: text 0.000; code 0/4, link 0/4, emphasis 0/12
2996: text 0.000; code 0/3, link 0/3, emphasis 0/160
2997: text 0.000; heading 0/4, code 0/1, link 0/2, list 0/11, emphasis 0/3
2998: text 0.000; heading 0/52, link 0/126, list 0/54, math 0/3, emphasis 0/377
2999: text 0.000; link 0/73, list 0/39, emphasis 0/265
3000: text 0.000; heading 0/1, list 0/9, math 0/26, emphasis 0/7
3001: text 0.000; heading 0/7, link 0/17, list 0/5, math 0/9
3002: text 0.000; heading 0/4, link 0/136, list 0/9, math 0/10, emphasis 0/8
3003: text 0.000; heading 0/12, link 0/10, list 0/19, math 0/3, emphasis 0/5
3006: text 0.000; heading 0/24, link 0/7, list 0/127, emphasis 0/2
3010: text 0.000; heading 0/3, link 0/209, list 0/242, emphasis 0/2
3011: text 0.000; heading 0/2, link 0/2, list 0/17
3013: text 0.000; link 0/56, list 0/30, ordered 0/30
3014: text 0.000; heading 0/18, link 0/69
3015: text 0.000; heading 0/5, link 0/5
3016: text 0.000; heading 0/8, link 0/67
3017: text 0.000; heading 0/1
3019: text 0.000; heading 0/2
3020: text 0.000; heading 0/6, list 0/12, ordered 0/12
3021: text 0.000; heading 0/2
3022: text 0.000; heading 0/14, table 0/4, link 0/2, list 0/6
3023: text 0.000; heading 0/9, table 0/8, link 0/2
3026: text 0.000; heading 0/5, link 0/2, list 0/3
3027: text 0.000; heading 0/4, list 0/7, emphasis 0/3
3028: text 0.000; heading 0/12, link 0/8, list 0/21, math 0/1, emphasis 0/12
3029: text 0.000; heading 0/3, link 0/6, list 0/15, emphasis 0/10
3030: text 0.000; heading 0/4, link 0/1
3031: text 0.000; heading 0/7, link 0/72, list 0/3, emphasis 0/3
3033: text 0.000; heading 0/3, link 0/6
3034: text 0.000; heading 0/6
3035: text 0.000; link 0/3, emphasis 0/3
3036: text 0.000; heading 0/5, link 0/10, list 0/162, ordered 0/9, emphasis 0/53
3037: text 0.000; heading 0/9, link 0/22, emphasis 0/45
3039: text 0.000; heading 0/2
3043: text 0.000; heading 0/2, link 0/16, list 0/7
3051: text 0.000; heading 0/1, link 0/88, math 0/42
3052: text 0.000; heading 0/6, link 0/14, list 0/3, emphasis 0/15
3054: text 0.000; heading 0/7, link 0/15, list 0/11, emphasis 0/13
3058: text 0.000; heading 0/5, table 0/16, link 0/2, list 0/5, emphasis 0/2
3060: text 0.000; heading 0/9, link 0/1, list 0/4, emphasis 0/2
3061: text 0.000; heading 0/10, list 0/4, emphasis 0/3
3062: text 0.000; heading 0/3, list 0/18, math 0/1, emphasis 0/22
3063: text 0.000; heading 0/11, emphasis 0/14
3064: text 0.000; heading 0/13, link 0/4, list 0/11, math 0/3
3065: text 0.000; link 0/3, list 0/19, ordered 0/17
3066: text 0.000; heading 0/1, link 0/3, list 0/4
3067: text 0.000; link 0/223
3068: text 0.000; link 0/219
3069: text 0.000; heading 0/43, link 0/6, list 0/2, math 0/8
3071: text 0.000; heading 0/4, link 0/3, list 0/4, emphasis 0/17
3072: text 0.000; heading 0/4, link 0/26, list 0/3, emphasis 0/16
3074: text 0.000; heading 0/5, link 0/15, list 0/16, emphasis 0/14
3075: text 0.000; heading 0/4, link 0/18, list 0/5, emphasis 0/13
3076: text 0.000; heading 0/7, link 0/33, list 0/36, emphasis 0/20
3078: text 0.000; heading 0/6, link 0/17, list 0/12, emphasis 0/31
3079: text 0.000; heading 0/4, link 0/27, list 0/2, emphasis 0/24
4001: text 0.000; heading 0/22, link 0/44, math 0/5, emphasis 0/140
4002: text 0.000; heading 0/12, link 0/1, list 0/10, emphasis 0/8
4007: text 0.000; heading 0/9, link 0/21, list 0/12
4008: text 0.000; math 0/1
4010: text 0.000; heading 0/48, link 0/2, list 0/104
4011: text 0.000; heading 0/21, table 0/60, link 0/48, math 0/4, emphasis 0/33
4012: text 0.000; heading 0/12, link 0/21
4014: text 0.000; heading 0/68, link 0/16, list 0/6, ordered 0/6, math 0/3, emphasis 0/65
4015: text 0.000; heading 0/17, link 0/5, emphasis 0/8
4016: text 0.000; heading 0/5, link 0/4, math 0/1, emphasis 0/7
4017: text 0.000; heading 0/1, list 0/10, emphasis 0/4
4020: text 0.000; heading 0/23, link 0/80, emphasis 0/16
4021: text 0.000; heading 0/1, link 0/12
4022: text 0.000; heading 0/12, link 0/2, emphasis 0/13
4024: text 0.000; heading 0/1, list 0/5, emphasis 0/5
4025: text 0.000; heading 0/4, link 0/17, list 0/21, emphasis 0/2
4026: text 0.000; heading 0/8, list 0/10, emphasis 0/10
4027: text 0.000; heading 0/5, link 0/2, emphasis 0/1
4028: text 0.000; link 0/4, list 0/3, emphasis 0/1
4029: text 0.000; heading 0/13, link 0/3, list 0/19, emphasis 0/28
4030: text 0.000; heading 0/23, link 0/13, list 0/27, emphasis 0/14
4033: text 0.000; heading 0/3, link 0/3
4034: text 0.000; heading 0/19, link 0/8
4035: text 0.000; heading 0/4
4036: text 0.000; heading 0/5, link 0/3
4038: text 0.000; heading 0/3, link 0/9, list 0/7, ordered 0/3, emphasis 0/15
4039: text 0.000; heading 0/15, link 0/8, emphasis 0/3
4040: text 0.000; heading 0/8, link 0/3
4041: text 0.000; heading 0/15, link 0/14, list 0/4, emphasis 0/76
4042: text 0.000; heading 0/4, list 0/3, emphasis 0/4
4043: text 0.000; heading 0/3, link 0/40, emphasis 0/1
4044: text 0.000; heading 0/2
4045: text 0.000; heading 0/4, link 0/1
4048: text 0.000; heading 0/32, link 0/7, list 0/12, math 0/6, emphasis 0/8
4050: text 0.000; heading 0/10
4051: text 0.000; heading 0/17, link 0/9, emphasis 0/13
4052: text 0.000; heading 0/21
4053: text 0.000; heading 0/41, list 0/8, emphasis 0/34
4054: text 0.000; heading 0/7, link 0/7
4055: text 0.000; heading 0/4, emphasis 0/1
4058: text 0.000; emphasis 0/1
4060: text 0.000; heading 0/3, link 0/1, list 0/11
4061: text 0.000; link 0/1
4062: text 0.000; heading 0/2
4063: text 0.000; heading 0/15, link 0/37, list 0/37, ordered 0/37, emphasis 0/1
4064: text 0.000; heading 0/61, table 0/160, link 0/9, emphasis 0/24
4065: text 0.000; heading 0/1, link 0/6, list 0/6, emphasis 0/1
4067: text 0.000; heading 0/11, link 0/14, math 0/12, emphasis 0/4
4068: text 0.000; heading 0/7, table 0/36, link 0/77, math 0/3, emphasis 0/94
4069: text 0.000; heading 0/2, link 0/1
4070: text 0.000; heading 0/9, link 0/1, list 0/40, ordered 0/5, math 0/18, emphasis 0/18
4071: text 0.000; link 0/8
4072: text 0.000; heading 0/17, link 0/20, emphasis 0/28
4074: text 0.000; heading 0/21, table 0/52, link 0/6, math 0/37, emphasis 0/13
4076: text 0.000; heading 0/5, link 0/6, list 0/9, emphasis 0/6
4078: text 0.000; heading 0/33, table 0/11, link 0/29, emphasis 0/51
4079: text 0.000; heading 0/3, link 0/4, emphasis 0/5
4082: text 0.000; heading 0/8, link 0/5, list 0/24, ordered 0/10, emphasis 0/23
4083: text 0.000; heading 0/31, link 0/18, list 0/44, math 0/1, emphasis 0/40
4084: text 0.000; heading 0/36, link 0/4, list 0/23, emphasis 0/16
4085: text 0.000; heading 0/62, table 0/24, link 0/109, list 0/19, ordered 0/19, math 0/5, emphasis 0/142
4087: text 0.000; link 0/3
4088: text 0.000; heading 0/22, link 0/12, math 0/1, emphasis 0/4
4089: text 0.000; heading 0/1, link 0/9
4090: text 0.000; heading 0/25, link 0/7, list 0/8, emphasis 0/8
4091: text 0.000; heading 0/14, link 0/10, list 0/3, emphasis 0/11
4092: text 0.000; heading 0/6, link 0/6, list 0/6, math 0/3
4095: text 0.000; heading 0/10, link 0/23, math 0/2
4096: text 0.000; heading 0/37, link 0/3, math 0/2
4098: text 0.000; heading 0/2, list 0/3, emphasis 0/1
4100: text 0.000; heading 0/20, link 0/1, emphasis 0/1
4101: text 0.000; heading 0/14, link 0/17, list 0/27, emphasis 0/11
4102: text 0.000; heading 0/19, link 0/17, list 0/12, emphasis 0/6
4103: text 0.000; heading 0/3, link 0/11, list 0/11, math 0/1, emphasis 0/2
4104: text 0.000; heading 0/1, emphasis 0/2
4105: text 0.000; heading 0/9, link 0/10
4106: text 0.000; heading 0/63, link 0/10, emphasis 0/3
4107: text 0.000; heading 0/1, link 0/1, list 0/3, math 0/1, emphasis 0/1
4108: text 0.000; heading 0/14, link 0/29, math 0/9, emphasis 0/58
4110: text 0.000; heading 0/33, link 0/38, list 0/4, emphasis 0/42
4111: text 0.000; heading 0/16, link 0/42, math 0/17, emphasis 0/65
4112: text 0.000; heading 0/1, link 0/15
4113: text 0.000; heading 0/30, link 0/13, list 0/174, emphasis 0/23
4114: text 0.000; heading 0/6, table 0/18, link 0/1, list 0/10
4115: text 0.000; heading 0/12, table 0/14, link 0/4, emphasis 0/8
4116: text 0.000; heading 0/17, link 0/18, list 0/23, emphasis 0/6
4117: text 0.000; heading 0/8, table 0/134, link 0/2, list 0/4, emphasis 0/17
4119: text 0.000; heading 0/5, link 0/2, list 0/8, ordered 0/3, emphasis 0/5
4120: text 0.000; heading 0/1, link 0/14, emphasis 0/2
4121: text 0.000; heading 0/6, link 0/27, list 0/2, emphasis 0/26
4122: text 0.000; heading 0/22, math 0/21, emphasis 0/2
4123: text 0.000; heading 0/21, link 0/1
4124: text 0.000; heading 0/6, emphasis 0/6
4125: text 0.000; heading 0/10, link 0/12, list 0/4
4126: text 0.000; heading 0/10, link 0/2, emphasis 0/2
4129: text 0.000; heading 0/10, link 0/7, emphasis 0/22
4130: text 0.000; heading 0/52, table 0/99, link 0/82, emphasis 0/67
4132: text 0.000; link 0/4, list 0/4, emphasis 0/5
4135: text 0.000; heading 0/11, link 0/28, emphasis 0/4
4137: text 0.000; heading 0/8, link 0/8, list 0/11
4138: text 0.000; heading 0/26, table 0/198, link 0/107, emphasis 0/34
4139: text 0.000; heading 0/3, link 0/25, math 0/20, emphasis 0/28
4142: text 0.000; heading 0/28, table 0/8, list 0/3, math 0/2
4145: text 0.000; math 0/1
4146: text 0.000; heading 0/30, table 0/30, link 0/40, list 0/39, ordered 0/5, math 0/1, emphasis 0/91
4147: text 0.000; math 0/1
4148: text 0.000; heading 0/9, link 0/12, list 0/15, emphasis 0/1
4149: text 0.000; heading 0/5, link 0/3, list 0/11, emphasis 0/3
4150: text 0.000; heading 0/15, link 0/15, emphasis 0/6
4151: text 0.000; heading 0/5, link 0/5, list 0/4, emphasis 0/7
4155: text 0.000; heading 0/12, link 0/7, emphasis 0/20
4158: text 0.000; link 0/2
4159: text 0.000; heading 0/21, link 0/16, list 0/46, emphasis 0/38
4160: text 0.000; heading 0/27, link 0/17, list 0/29, emphasis 0/18
4161: text 0.000; link 0/40, list 0/40, emphasis 0/51
4163: text 0.000; heading 0/3, list 0/23, ordered 0/13
4164: text 0.000; heading 0/5, link 0/11, list 0/21, ordered 0/13, emphasis 0/24
4166: text 0.000; emphasis 0/5
4168: text 0.000; heading 0/15
4169: text 0.000; heading 0/1
4170: text 0.000; heading 0/11, link 0/1, emphasis 0/2
4171: text 0.000; heading 0/6, link 0/4
4172: text 0.000; heading 0/9, link 0/2, emphasis 0/10
4174: text 0.000; heading 0/7, link 0/2, list 0/3
4175: text 0.000; heading 0/14, link 0/5, emphasis 0/1
4177: text 0.000; heading 0/10, link 0/2, emphasis 0/10
4178: text 0.000; heading 0/12, link 0/15, emphasis 0/4
4179: text 0.000; heading 0/11, link 0/6, emphasis 0/10
4180: text 0.000; heading 0/17, link 0/2
4182: text 0.000; heading 0/3, link 0/5, list 0/18, emphasis 0/18
4184: text 0.000; heading 0/1, link 0/1, math 0/9, emphasis 0/5
4185: text 0.000; heading 0/3, link 0/5, list 0/26, emphasis 0/2
4186: text 0.000; heading 0/7, link 0/5, list 0/18
4188: text 0.000; heading 0/21, link 0/30, list 0/8, ordered 0/5, emphasis 0/5
4190: text 0.000; heading 0/2, link 0/7, list 0/6
4191: text 0.000; heading 0/12, link 0/21, list 0/6, math 0/1, emphasis 0/6
4192: text 0.000; heading 0/27, link 0/26, list 0/17, math 0/1, emphasis 0/38
4193: text 0.000; heading 0/3, link 0/2, list 0/3, emphasis 0/38
4194: text 0.000; heading 0/16, link 0/3, list 0/30, math 0/2, emphasis 0/3
4195: text 0.000; heading 0/1, list 0/8, emphasis 0/12
4200: text 0.000; heading 0/3, list 0/13, emphasis 0/1
4202: text 0.000; heading 0/10, emphasis 0/5
4203: text 0.000; heading 0/10, link 0/3
4204: text 0.000; heading 0/9
4206: text 0.000; heading 0/2, list 0/6, emphasis 0/1
4207: text 0.000; heading 0/1
4211: text 0.000; heading 0/17, link 0/1, emphasis 0/11
4212: text 0.000; heading 0/15, link 0/2, emphasis 0/19
4213: text 0.000; heading 0/17, link 0/1, emphasis 0/12
4218: text 0.000; heading 0/25, link 0/30, emphasis 0/55
4219: text 0.000; heading 0/3
4221: text 0.000; heading 0/22, link 0/7, emphasis 0/1
4223: text 0.000; heading 0/6, link 0/8, list 0/26, math 0/1, emphasis 0/17
4224: text 0.000; heading 0/8, link 0/1, emphasis 0/3
4225: text 0.000; heading 0/21, link 0/2
4232: text 0.000; heading 0/20, link 0/4, emphasis 0/26
4233: text 0.000; heading 0/17, link 0/7, list 0/11, ordered 0/2, emphasis 0/3
4235: text 0.000; heading 0/26, link 0/14
4239: text 0.000; heading 0/4, link 0/2, emphasis 0/7
4240: text 0.000; heading 0/5, link 0/3, math 0/3, emphasis 0/18
4241: text 0.000; heading 0/6, link 0/9, math 0/2, emphasis 0/12
4242: text 0.000; heading 0/5, link 0/26, list 0/20, emphasis 0/4
4243: text 0.000; heading 0/24, link 0/14
4244: text 0.000; link 0/10, list 0/3, math 0/4
4245: text 0.000; heading 0/1
4246: text 0.000; heading 0/24
4247: text 0.000; heading 0/19
4249: text 0.000; heading 0/8, link 0/2, emphasis 0/5
4250: text 0.000; heading 0/23, link 0/25, list 0/9, emphasis 0/5
4251: text 0.000; link 0/11, math 0/10, emphasis 0/14
4252: text 0.000; heading 0/6, link 0/8, emphasis 0/26
4253: text 0.000; heading 0/24, link 0/5, math 0/4, emphasis 0/43
4255: text 0.000; heading 0/18, math 0/8, emphasis 0/23
4256: text 0.000; heading 0/9, math 0/7, emphasis 0/31
4257: text 0.000; heading 0/31, link 0/12, emphasis 0/3
4258: text 0.000; heading 0/6, table 0/12, link 0/11, list 0/3, emphasis 0/10
4259: text 0.000; heading 0/19, link 0/14, emphasis 0/30
4260: text 0.000; heading 0/28, link 0/3, emphasis 0/22
4261: text 0.000; heading 0/30, list 0/2, ordered 0/2, emphasis 0/13
4262: text 0.000; heading 0/6, link 0/17, emphasis 0/17
4263: text 0.000; heading 0/61, table 0/72, link 0/8, list 0/16
4264: text 0.000; emphasis 0/2
4265: text 0.000; heading 0/9, table 0/199, link 0/8, emphasis 0/10
4266: text 0.000; heading 0/6
4267: text 0.000; heading 0/28, link 0/23, math 0/10, emphasis 0/6
4268: text 0.000; heading 0/29, table 0/38, link 0/28, list 0/40, math 0/16, emphasis 0/36
4269: text 0.000; heading 0/5, link 0/3, emphasis 0/23
4271: text 0.000; heading 0/1, link 0/1
4272: text 0.000; heading 0/6, link 0/12
4273: text 0.000; link 0/1, emphasis 0/1
4274: text 0.000; heading 0/21
4277: text 0.000; heading 0/17, link 0/12, emphasis 0/67
4278: text 0.000; 
4280: text 0.000; link 0/5
4281: text 0.000; link 0/1
4282: text 0.000; heading 0/21, link 0/3
4284: text 0.000; heading 0/41, link 0/35, emphasis 0/9
4286: text 0.000; heading 0/24, link 0/1, list 0/4, ordered 0/4, emphasis 0/1
4287: text 0.000; heading 0/16, link 0/7, list 0/3, emphasis 0/33
4289: text 0.000; heading 0/13, link 0/7, list 0/61, emphasis 0/11
4290: text 0.000; heading 0/11, link 0/1
4291: text 0.000; heading 0/14
4292: text 0.000; heading 0/5, link 0/1, emphasis 0/8
4293: text 0.000; heading 0/1, link 0/2
4295: text 0.000; heading 0/4, link 0/14, emphasis 0/4
4296: text 0.000; heading 0/1, link 0/2
4297: text 0.000; heading 0/18, link 0/19, emphasis 0/38
4300: text 0.000; heading 0/36, link 0/1
4302: text 0.000; heading 0/19, link 0/4, list 0/10
4303: text 0.000; heading 0/20, link 0/3
4304: text 0.000; heading 0/21, link 0/16, list 0/1, ordered 0/1, math 0/3, emphasis 0/40
4305: text 0.000; heading 0/84, link 0/7, math 0/2, emphasis 0/5
4306: text 0.000; heading 0/46, table 0/54, link 0/18, math 0/5, emphasis 0/90
4309: text 0.000; code 0/4, link 0/2, emphasis 0/3
4310: text 0.000; heading 0/5, code 0/9, link 0/15, emphasis 0/19
4311: text 0.000; heading 0/9, table 0/15, list 0/19, emphasis 0/11
4312: text 0.000; 
4314: text 0.000; code 0/1, link 0/1, list 0/23, emphasis 0/10
4316: text 0.000; 
4317: text 0.000; link 0/1, emphasis 0/2
4318: text 0.000; link 0/2, list 0/8
4320: text 0.000; link 0/3, list 0/4, emphasis 0/1
4326: text 0.000; heading 0/5, link 0/2, list 0/11, ordered 0/11
4329: text 0.000; heading 0/6, link 0/4
4331: text 0.000; 
4332: text 0.000; heading 0/4
4335: text 0.000; link 0/27, list 0/18, emphasis 0/7
4339: text 0.000; heading 0/11, link 0/3, emphasis 0/29
4340: text 0.000; heading 0/90, link 0/63, math 0/41, emphasis 0/3
4343: text 0.000; heading 0/8, link 0/8
4348: text 0.000; heading 0/5
4349: text 0.000; heading 0/1, link 0/2, emphasis 0/5
4351: text 0.000; heading 0/30, link 0/74, list 0/1, math 0/23
4354: text 0.000; heading 0/80, link 0/80, math 0/6
4355: text 0.000; heading 0/1
4359: text 0.000; heading 0/3, link 0/2
4360: text 0.000; link 0/19, emphasis 0/15
4361: text 0.000; heading 0/37
4362: text 0.000; heading 0/74, link 0/73
4363: text 0.000; heading 0/13, link 0/31, emphasis 0/30
4365: text 0.000; heading 0/21, table 0/26, link 0/26, emphasis 0/27
4366: text 0.000; heading 0/22, link 0/54, emphasis 0/33
4367: text 0.000; heading 0/19, link 0/19, math 0/5, emphasis 0/95
4368: text 0.000; heading 0/55, link 0/22, emphasis 0/27
4369: text 0.000; heading 0/3, link 0/8
4370: text 0.000; link 0/5, emphasis 0/10
4371: text 0.000; heading 0/2, link 0/10, emphasis 0/20
4372: text 0.000; heading 0/16, link 0/27, list 0/3, math 0/1, emphasis 0/25
4373: text 0.000; heading 0/10
4375: text 0.000; heading 0/15, link 0/5, emphasis 0/3
4376: text 0.000; heading 0/5, link 0/18, list 0/8, emphasis 0/4
4377: text 0.000; heading 0/11, link 0/14, emphasis 0/11
4378: text 0.000; heading 0/13
4379: text 0.000; heading 0/7, link 0/3, emphasis 0/7
4380: text 0.000; heading 0/1
4381: text 0.000; heading 0/15, link 0/14, emphasis 0/5
4394: text 0.000; heading 0/2, link 0/3
4397: text 0.000; heading 0/14, code 0/8, link 0/71, emphasis 0/69
4398: text 0.000; table 0/5, link 0/39, emphasis 0/7
4400: text 0.000; heading 0/13, code 0/1, link 0/17, list 0/3, emphasis 0/37
4401: text 0.000; heading 0/8, link 0/23, emphasis 0/12
4402: text 0.000; heading 0/4, link 0/8, emphasis 0/37
4403: text 0.000; heading 0/13, code 0/17, link 0/12, emphasis 0/252
4407: text 0.000; heading 0/4, link 0/4
4408: text 0.000; heading 0/8, link 0/16, emphasis 0/20
4409: text 0.000; heading 0/5, table 0/18, link 0/11, list 0/2
4410: text 0.000; heading 0/1, link 0/6, math 0/1
4411: text 0.000; heading 0/7, code 0/31, table 0/26, link 0/30, emphasis 0/4
4412: text 0.000; heading 0/1, link 0/2, list 0/5, emphasis 0/2
4413: text 0.000; heading 0/8, emphasis 0/13
4414: text 0.000; heading 0/18, emphasis 0/10
4415: text 0.000; heading 0/6, link 0/32
4416: text 0.000; heading 0/9, code 0/4, link 0/22, emphasis 0/24
4418: text 0.000; heading 0/27, link 0/2
4419: text 0.000; heading 0/1, link 0/5, math 0/3, emphasis 0/4
4420: text 0.000; heading 0/32
4427: text 0.000; heading 0/66, link 0/8, emphasis 0/110
4430: text 0.000; heading 0/14, link 0/14, list 0/83, math 0/1, emphasis 0/56
4431: text 0.000; heading 0/28, table 0/60, link 0/51, math 0/14, emphasis 0/31
4433: text 0.000; heading 0/6, link 0/5, math 0/1, emphasis 0/21
4435: text 0.000; heading 0/2
4437: text 0.000; link 0/17
4438: text 0.000; heading 0/5
4439: text 0.000; heading 0/6, link 0/11, emphasis 0/26
4440: text 0.000; heading 0/6, link 0/3, emphasis 0/11
4441: text 0.000; heading 0/2, link 0/1, emphasis 0/7
4442: text 0.000; heading 0/7, link 0/15, math 0/1, emphasis 0/12
4443: text 0.000; heading 0/2, link 0/39, emphasis 0/11
4444: text 0.000; heading 0/5, link 0/1
4445: text 0.000; heading 0/17, link 0/12, emphasis 0/39
4446: text 0.000; heading 0/12, link 0/35, emphasis 0/26
4449: text 0.000; heading 0/1, link 0/11, emphasis 0/2
4450: text 0.000; heading 0/2, link 0/1, list 0/4, ordered 0/4, emphasis 0/7
4451: text 0.000; 
4452: text 0.000; heading 0/11, link 0/13, emphasis 0/8
4454: text 0.000; heading 0/1, link 0/11, emphasis 0/1
4456: text 0.000; heading 0/1, link 0/10, list 0/5, ordered 0/5, emphasis 0/1
4457: text 0.000; heading 0/18, table 0/76, link 0/76, emphasis 0/59
4458: text 0.000; heading 0/3, link 0/12, emphasis 0/7
4459: text 0.000; heading 0/7, link 0/4, list 0/5, ordered 0/5, emphasis 0/18
4460: text 0.000; heading 0/1, link 0/1, list 0/6, emphasis 0/15
4461: text 0.000; heading 0/5, link 0/3, math 0/15
4462: text 0.000; heading 0/7, link 0/8, emphasis 0/1
4464: text 0.000; heading 0/27, link 0/3, emphasis 0/4
4465: text 0.000; link 0/13, emphasis 0/7
4467: text 0.000; heading 0/36
4468: text 0.000; link 0/48
4470: text 0.000; 
4471: text 0.000; heading 0/23
4472: text 0.000; heading 0/13, link 0/31, math 0/1, emphasis 0/30
4474: text 0.000; heading 0/21, link 0/19, emphasis 0/28
4475: text 0.000; heading 0/15, link 0/36, list 0/8, ordered 0/8, emphasis 0/24
4476: text 0.000; heading 0/105, link 0/13, emphasis 0/240
4477: text 0.000; heading 0/18, link 0/10
4478: text 0.000; heading 0/5, link 0/12, list 0/10, ordered 0/10, math 0/1, emphasis 0/10
4479: text 0.000; heading 0/24, link 0/3, list 0/1, emphasis 0/5
4480: text 0.000; heading 0/13, link 0/6, emphasis 0/4
4485: text 0.000; heading 0/10, emphasis 0/4
4486: text 0.000; heading 0/20, link 0/28, emphasis 0/37
4487: text 0.000; heading 0/51, emphasis 0/85
4492: text 0.000; link 0/2, emphasis 0/2
4495: text 0.000; heading 0/2, link 0/22, emphasis 0/22
4497: text 0.000; heading 0/25, link 0/1, list 0/10, math 0/4, emphasis 0/3
4498: text 0.000; link 0/2, emphasis 0/8
4499: text 0.000; heading 0/10, link 0/20, math 0/2, emphasis 0/20
4500: text 0.000; heading 0/2, link 0/4, emphasis 0/1
4503: text 0.000; heading 0/11, link 0/36, list 0/19, emphasis 0/32
4506: text 0.000; heading 0/16, table 0/14, link 0/3, emphasis 0/5
4508: text 0.000; heading 0/7, link 0/7
4509: text 0.000; link 0/7
4510: text 0.000; heading 0/2, list 0/7, emphasis 0/12
4511: text 0.000; heading 0/12, link 0/30, emphasis 0/30
4512: text 0.000; heading 0/23, link 0/51, list 0/3, emphasis 0/1
4515: text 0.000; heading 0/5, link 0/25, list 0/13, ordered 0/13, math 0/1
4517: text 0.000; heading 0/6, link 0/6, math 0/1, emphasis 0/4
4518: text 0.000; heading 0/17, link 0/22, list 0/30
4519: text 0.000; list 0/8
4523: text 0.000; heading 0/11, link 0/9, emphasis 0/13
4524: text 0.000; heading 0/13, link 0/4, list 0/10, emphasis 0/5
4526: text 0.000; heading 0/6, link 0/3
4527: text 0.000; heading 0/6, link 0/5, emphasis 0/16
4530: text 0.000; heading 0/6, link 0/13, emphasis 0/2
4531: text 0.000; link 0/10, emphasis 0/10
4532: text 0.000; heading 0/2, link 0/71
4533: text 0.000; heading 0/1, link 0/27, list 0/23, emphasis 0/4
4537: text 0.000; heading 0/4, link 0/16, list 0/6, emphasis 0/15
4538: text 0.000; heading 0/6, link 0/2, list 0/5, ordered 0/5, emphasis 0/6
4540: text 0.000; heading 0/62, table 0/18, link 0/10, math 0/4, emphasis 0/52
4544: text 0.000; link 0/14, math 0/14
4547: text 0.000; heading 0/2, list 0/11, emphasis 0/4
4548: text 0.000; heading 0/3, link 0/19
4549: text 0.000; heading 0/2, link 0/15, list 0/8, emphasis 0/10
4550: text 0.000; heading 0/7, link 0/39, list 0/37, emphasis 0/5
4552: text 0.000; heading 0/3, table 0/14, link 0/9, list 0/12, ordered 0/3, math 0/3, emphasis 0/2
4553: text 0.000; heading 0/2, link 0/1, list 0/6, emphasis 0/1
4554: text 0.000; heading 0/1, list 0/11, ordered 0/9, emphasis 0/7
4555: text 0.000; heading 0/1, link 0/32, emphasis 0/2
4557: text 0.000; link 0/6, emphasis 0/2
4558: text 0.000; heading 0/4, link 0/15, emphasis 0/11
4560: text 0.000; heading 0/3, link 0/15, emphasis 0/2
4561: text 0.000; heading 0/3, list 0/12, emphasis 0/8
4562: text 0.000; heading 0/12, link 0/8, emphasis 0/4
4563: text 0.000; heading 0/14, link 0/15, math 0/2, emphasis 0/38
4564: text 0.000; link 0/5, math 0/1, emphasis 0/3
4565: text 0.000; heading 0/7, emphasis 0/1
4570: text 0.000; heading 0/7, link 0/16, list 0/28, emphasis 0/28
4572: text 0.000; heading 0/11, link 0/6, list 0/5, emphasis 0/21
4574: text 0.000; heading 0/1, link 0/11, list 0/19, emphasis 0/6
4576: text 0.000; heading 0/7, link 0/11, emphasis 0/9
4578: text 0.000; heading 0/7, link 0/40, emphasis 0/55
4579: text 0.000; link 0/7, list 0/5, emphasis 0/15
4580: text 0.000; emphasis 0/2
4581: text 0.000; heading 0/2, link 0/1, list 0/26, emphasis 0/44
4582: text 0.000; heading 0/11, link 0/21, list 0/8
4583: text 0.000; heading 0/51, link 0/2, list 0/4, emphasis 0/20
4584: text 0.000; heading 0/22, link 0/9, math 0/14, emphasis 0/21
4587: text 0.000; heading 0/12, link 0/4, list 0/50, emphasis 0/40
4588: text 0.000; heading 0/13, link 0/59, emphasis 0/10
4589: text 0.000; heading 0/14, link 0/77, emphasis 0/21
4591: text 0.000; link 0/66, emphasis 0/2
4592: text 0.000; heading 0/23, table 0/63, link 0/3, math 0/4, emphasis 0/10
4594: text 0.000; heading 0/18, link 0/25, list 0/3, emphasis 0/1
4596: text 0.000; heading 0/24, emphasis 0/4
4597: text 0.000; heading 0/18, list 0/25, emphasis 0/3
4598: text 0.000; heading 0/30, link 0/13, emphasis 0/49
4599: text 0.000; heading 0/23, table 0/30, link 0/46, emphasis 0/31
4601: text 0.000; heading 0/78, table 0/180, link 0/22, math 0/5, emphasis 0/11
4603: text 0.000; heading 0/88, link 0/21, list 0/8, ordered 0/8, emphasis 0/12
4604: text 0.000; heading 0/4, link 0/3, emphasis 0/15
4605: text 0.000; heading 0/9, link 0/13, list 0/11, emphasis 0/27
4606: text 0.000; heading 0/22, link 0/62, math 0/1, emphasis 0/60
4607: text 0.000; link 0/1, list 0/3, ordered 0/3
4608: text 0.000; link 0/4, emphasis 0/10
4609: text 0.000; heading 0/20, link 0/28, list 0/5, ordered 0/5, emphasis 0/6
4610: text 0.000; heading 0/24, link 0/38, emphasis 0/39
4611: text 0.000; heading 0/8, link 0/15, list 0/21, ordered 0/8, emphasis 0/14
4612: text 0.000; heading 0/5, link 0/5, list 0/15, ordered 0/10
4613: text 0.000; heading 0/43, table 0/26, link 0/38, emphasis 0/8
4614: text 0.000; heading 0/23, link 0/7, emphasis 0/6
4615: text 0.000; heading 0/11, link 0/42, emphasis 0/88
4617: text 0.000; heading 0/1, link 0/2, emphasis 0/6
4618: text 0.000; heading 0/22, link 0/1, list 0/4, ordered 0/4, emphasis 0/1
4619: text 0.000; emphasis 0/5
4620: text 0.000; heading 0/14, link 0/5, emphasis 0/16
4621: text 0.000; heading 0/7, link 0/1
4622: text 0.000; heading 0/9, link 0/5, emphasis 0/5
4624: text 0.000; heading 0/9, emphasis 0/1
4627: text 0.000; heading 0/11
4628: text 0.000; heading 0/11, link 0/19, emphasis 0/10
4629: text 0.000; heading 0/12, link 0/24, list 0/14, emphasis 0/10
4632: text 0.000; heading 0/1, link 0/7
4633: text 0.000; heading 0/9, link 0/2
4636: text 0.000; heading 0/4, link 0/1, emphasis 0/1
4640: text 0.000; heading 0/10, link 0/3
4642: text 0.000; heading 0/14, link 0/12, list 0/3, ordered 0/3, math 0/5, emphasis 0/19
4643: text 0.000; heading 0/20, link 0/42
4644: text 0.000; heading 0/14, table 0/20, link 0/1, list 0/9, math 0/5, emphasis 0/23
4645: text 0.000; heading 0/17, link 0/8, list 0/26, emphasis 0/13
4646: text 0.000; heading 0/13, link 0/29, emphasis 0/2
4647: text 0.000; heading 0/4, list 0/10, ordered 0/10, math 0/1
4649: text 0.000; heading 0/1, list 0/9, emphasis 0/9
4650: text 0.000; 
4654: text 0.000; heading 0/20, link 0/6, list 0/28, emphasis 0/4
4656: text 0.000; heading 0/4, link 0/20, math 0/2, emphasis 0/18
4657: text 0.000; heading 0/4, link 0/1, list 0/2, emphasis 0/2
4659: text 0.000; heading 0/14, table 0/14, link 0/28, emphasis 0/67
4660: text 0.000; heading 0/5, link 0/14, list 0/15, emphasis 0/7
4661: text 0.000; heading 0/7, link 0/13, emphasis 0/3
4662: text 0.000; heading 0/7, link 0/1, list 0/43, emphasis 0/2
4665: text 0.000; heading 0/16, link 0/32, emphasis 0/52
4666: text 0.000; heading 0/16, link 0/28, math 0/12, emphasis 0/39
4667: text 0.000; heading 0/33, link 0/4, list 0/19, math 0/3
4668: text 0.000; heading 0/11, link 0/22, emphasis 0/13
4669: text 0.000; heading 0/18, link 0/16, emphasis 0/5
4672: text 0.000; heading 0/5, link 0/4, list 0/18, ordered 0/5, emphasis 0/18
4673: text 0.000; heading 0/11, link 0/22, list 0/16, emphasis 0/49
4674: text 0.000; heading 0/38, link 0/11, math 0/1
4677: text 0.000; link 0/1, emphasis 0/2
4679: text 0.000; heading 0/17, link 0/2, list 0/10, ordered 0/10, emphasis 0/40
4680: text 0.000; heading 0/32, link 0/9, emphasis 0/36
4682: text 0.000; heading 0/6, link 0/7, emphasis 0/2
4683: text 0.000; heading 0/24, table 0/216, link 0/24, list 0/16, ordered 0/3, emphasis 0/232
4684: text 0.000; heading 0/10, link 0/1, emphasis 0/1
4685: text 0.000; heading 0/4, link 0/6, emphasis 0/8
4688: text 0.000; heading 0/27, link 0/25, list 0/35, emphasis 0/39
4690: text 0.000; heading 0/8, link 0/4, list 0/24, emphasis 0/12
4691: text 0.000; heading 0/11, link 0/1, list 0/3
4692: text 0.000; heading 0/22, link 0/3, list 0/23, math 0/2, emphasis 0/70
4693: text 0.000; heading 0/1, link 0/4, emphasis 0/25
4694: text 0.000; heading 0/9, link 0/52, list 0/80, emphasis 0/1
4695: text 0.000; heading 0/16, link 0/73, emphasis 0/105
4696: text 0.000; heading 0/15, link 0/63, emphasis 0/83
4698: text 0.000; heading 0/18, link 0/99, list 0/118, emphasis 0/5
4700: text 0.000; heading 0/6, link 0/1, list 0/4, emphasis 0/19
4701: text 0.000; heading 0/29, link 0/18, emphasis 0/16
4702: text 0.000; heading 0/36, link 0/10, emphasis 0/28
4703: text 0.000; heading 0/3, link 0/6, list 0/9, emphasis 0/13
4704: text 0.000; heading 0/26, link 0/7, emphasis 0/23
4705: text 0.000; heading 0/6, emphasis 0/17
4706: text 0.000; heading 0/29, link 0/8, emphasis 0/48
4708: text 0.000; heading 0/31, link 0/4, emphasis 0/60
4709: text 0.000; heading 0/1, emphasis 0/6
4715: text 0.000; heading 0/3, link 0/2
4736: text 0.000; heading 0/22, link 0/22, math 0/1
4757: text 0.000; heading 0/4, link 0/4
4758: text 0.000; heading 0/7, link 0/1
4759: text 0.000; heading 0/1, emphasis 0/3
4760: text 0.000; heading 0/2, link 0/2
4761: text 0.000; emphasis 0/5
4762: text 0.000; 
4764: text 0.000; link 0/1, emphasis 0/1
4770: text 0.000; heading 0/8, link 0/5, emphasis 0/9
4771: text 0.000; heading 0/20, link 0/2, emphasis 0/6
4780: text 0.000; heading 0/1, list 0/4
4781: text 0.000; heading 0/1, list 0/4
4787: text 0.000; heading 0/24, table 0/240, link 0/53, math 0/1, emphasis 0/115
4789: text 0.000; heading 0/11, table 0/36, list 0/3, ordered 0/3, emphasis 0/41
4795: text 0.000; heading 0/2, link 0/3, emphasis 0/20
4796: text 0.000; heading 0/11, link 0/13, emphasis 0/5
4799: text 0.000; heading 0/33, table 0/174, link 0/51, math 0/2, emphasis 0/33
4801: text 0.000; heading 0/7, link 0/6, emphasis 0/18
4805: text 0.000; heading 0/3, table 0/11, link 0/4, math 0/3, emphasis 0/8
4809: text 0.000; heading 0/14, link 0/8, emphasis 0/13
4810: text 0.000; heading 0/10, link 0/7, emphasis 0/16
4812: text 0.000; heading 0/5
4815: text 0.000; heading 0/6, link 0/5, emphasis 0/2
4817: text 0.000; heading 0/6, link 0/3, math 0/1
4818: text 0.000; heading 0/2
4819: text 0.000; heading 0/6, list 0/15, emphasis 0/15
4823: text 0.000; heading 0/22, table 0/402, link 0/92, list 0/19, ordered 0/19, emphasis 0/127
4825: text 0.000; heading 0/31, link 0/10, emphasis 0/4
4828: text 0.000; heading 0/18, link 0/17, math 0/1, emphasis 0/10
4830: text 0.000; heading 0/28, link 0/11, math 0/1, emphasis 0/38
4833: text 0.000; heading 0/34, link 0/8, math 0/1, emphasis 0/61
4835: text 0.000; link 0/17, emphasis 0/39
4838: text 0.000; list 0/2, emphasis 0/8
4840: text 0.000; heading 0/13, link 0/17, list 0/10, emphasis 0/5
4841: text 0.000; heading 0/17, table 0/736, emphasis 0/132
4842: text 0.000; heading 0/17, link 0/19, emphasis 0/14
4843: text 0.000; heading 0/7, table 0/74, link 0/9, list 0/21, emphasis 0/11
4844: text 0.000; heading 0/37, link 0/43, emphasis 0/109
4845: text 0.000; heading 0/9, code 0/2, link 0/8, emphasis 0/21
4846: text 0.000; heading 0/12, link 0/22, emphasis 0/11
4848: text 0.000; heading 0/3, link 0/1, emphasis 0/1
4852: text 0.000; heading 0/2, emphasis 0/12
4854: text 0.000; heading 0/6
4855: text 0.000; heading 0/4
4857: text 0.000; heading 0/64, list 0/60, emphasis 0/82
4858: text 0.000; heading 0/44, table 0/46, link 0/61, math 0/13, emphasis 0/140
4859: text 0.000; heading 0/23, link 0/4, emphasis 0/63
4860: text 0.000; heading 0/32, table 0/30, link 0/23, math 0/1, emphasis 0/23
4861: text 0.000; heading 0/42, table 0/18, link 0/7, emphasis 0/28
4863: text 0.000; heading 0/20, table 0/20, link 0/9, math 0/1, emphasis 0/6
4864: text 0.000; heading 0/71, table 0/300, link 0/4, math 0/8, emphasis 0/50
4866: text 0.000; heading 0/26, link 0/6, math 0/1, emphasis 0/5
4869: text 0.000; heading 0/9, table 0/39, link 0/2, emphasis 0/5
4873: text 0.000; heading 0/22, link 0/3, list 0/6, ordered 0/6, emphasis 0/16
4874: text 0.000; heading 0/25, table 0/33, link 0/2
4876: text 0.000; emphasis 0/7
4877: text 0.000; heading 0/18, link 0/41, emphasis 0/9
4880: text 0.000; heading 0/10, link 0/12, emphasis 0/26
4883: text 0.000; heading 0/5, link 0/35, list 0/10, ordered 0/10, emphasis 0/63
4884: text 0.000; heading 0/11, link 0/16, math 0/3, emphasis 0/10
4891: text 0.000; heading 0/19, table 0/44, link 0/10, list 0/6, ordered 0/3, math 0/8, emphasis 0/12
4896: text 0.000; heading 0/45, link 0/1, math 0/10
4897: text 0.000; heading 0/1
4899: text 0.000; heading 0/2, link 0/1
4900: text 0.000; heading 0/10, link 0/3, emphasis 0/37
4901: text 0.000; heading 0/27, emphasis 0/16
4903: text 0.000; heading 0/1, link 0/15, emphasis 0/25
4905: text 0.000; heading 0/42, link 0/4
4908: text 0.000; heading 0/29, table 0/7, link 0/9, math 0/23, emphasis 0/32
4911: text 0.000; heading 0/19, link 0/8, emphasis 0/10
4912: text 0.000; heading 0/1, link 0/3, math 0/2
4913: text 0.000; heading 0/7, link 0/13, list 0/1, math 0/1
4914: text 0.000; heading 0/17, link 0/10, emphasis 0/7
4917: text 0.000; heading 0/17, link 0/6, emphasis 0/3
pages 1476 (missing 1476); text F1 0.000
recall: heading 0/16633 = 0.00, code 0/506 = 0.00, table 0/10788 = 0.00, image -, link 0/23327 = 0.00, list 0/14664 = 0.00, ordered 0/1875 = 0.00, footnote -, math 0/1667 = 0.00, emphasis 0/29770 = 0.00
